import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(42)
drop = nn.Dropout(p=0.5)
print(drop)
x = torch.ones(3, 6, requires_grad=True)
y = drop(x)
print(y)
print(y.grad_fn.name())
y.sum().backward()
print(x.grad)
drop.eval()
print(drop(torch.ones(2, 3)))
print(F.dropout(torch.ones(8), p=0.25))
print(F.dropout(torch.ones(8), p=0.25, training=False))
print(nn.Dropout(0.2, inplace=True))
try:
    nn.Dropout(1.5)
except ValueError as e:
    print("ValueError:", e)
print(torch.rand(2))
