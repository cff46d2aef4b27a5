import torch
import torch.nn as nn

p = nn.Parameter(torch.tensor([1.0, 2.0]))
print(p)
print(repr(p))
print(type(p).__name__)
print(isinstance(p, torch.Tensor))
q = nn.Parameter(torch.zeros(2, 2), requires_grad=False)
print(q)
r = p * 2
print(r)
print(p.data)
