import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(2, 5, requires_grad=True)
layers = [nn.ReLU(), nn.LeakyReLU(), nn.LeakyReLU(0.2), nn.ELU(), nn.ELU(alpha=0.5), nn.GELU(),
          nn.GELU(approximate="tanh"), nn.SiLU(), nn.Tanh(), nn.Sigmoid(), nn.Softplus(),
          nn.Softplus(beta=2.0, threshold=10.0), nn.Softmax(dim=1), nn.LogSoftmax(dim=-1),
          nn.Identity(), nn.ReLU6(), nn.Hardtanh(), nn.Hardtanh(-2.0, 2.0)]
for layer in layers:
    y = layer(x)
    print(layer, y.grad_fn.name())
    print(y)
