import torch
import torch.nn.functional as F
a = torch.ones(3, 1)
b = torch.zeros(3)
print(F.mse_loss(a, b))
c = torch.ones(2)
print(F.mse_loss(c, b))
