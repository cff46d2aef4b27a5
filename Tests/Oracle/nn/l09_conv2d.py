import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
conv = nn.Conv2d(1, 2, kernel_size=3, padding=1)
print(conv)
print(conv.weight.shape, conv.bias)
x = torch.randn(2, 1, 5, 5)
y = conv(x)
print(y.shape, y.grad_fn.name())
print(y[0, 0])
pool = nn.MaxPool2d(2)
print(pool)
p = pool(y)
print(p.shape, p.grad_fn.name())
print(p)
avg = nn.AvgPool2d(2, stride=1)
print(avg)
print(avg(y).shape)
print(nn.Conv2d(3, 8, (3, 5), stride=2, bias=False))
print(nn.Conv1d(2, 4, 3))
p.sum().backward()
print(conv.weight.grad)
