import torch
import torch.nn as nn

torch.manual_seed(0)
b = nn.Bilinear(2, 3, 4)
print(b)
print(b.weight.shape, b.bias)
y = b(torch.randn(5, 2), torch.randn(5, 3))
print(y)
print(y.grad_fn.name())
