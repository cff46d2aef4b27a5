import math
import torch
import torch.nn as nn

x = torch.linspace(-3, 3, 7)
print(nn.GELU()(x))
print(x * 0.5 * (1 + torch.erf(x / math.sqrt(2))))
print(nn.Softplus(beta=1, threshold=1)(x))
print(nn.SiLU()(x) - x * torch.sigmoid(x))
print(nn.LeakyReLU(negative_slope=0.5)(x))
print(nn.ELU(alpha=2.0)(x))
print(nn.Softmax(dim=0)(x).sum())
print(nn.LogSoftmax(dim=0)(x).exp().sum())
