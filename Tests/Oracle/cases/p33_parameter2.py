import torch
from torch import nn
p = nn.Parameter(torch.ones(2, 2))
print(p)
print(p.shape)
print(type(p).__name__)
q = p * 2
print(q)
print(nn.Parameter(torch.tensor(3.)))
r = nn.Parameter(torch.tensor([1., 2.]), requires_grad=False)
print(r)
print(p.grad)
