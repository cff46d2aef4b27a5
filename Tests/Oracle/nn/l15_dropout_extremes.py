import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.ones(2, 5, requires_grad=True)
print(nn.Dropout(0.0)(x))
print(nn.Dropout(1.0)(x))
y = nn.Dropout(0.2)(x)
print(y)
y.sum().backward()
print(x.grad)
print(torch.rand(3))
