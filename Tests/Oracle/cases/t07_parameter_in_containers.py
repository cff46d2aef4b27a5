import torch
from torch import nn
w = nn.Parameter(torch.tensor([1., 2.]))
b = nn.Parameter(torch.tensor(0.5))
params = [w, b]
print(params)
print((w, b))
print([w])
print({'w': w})
print(b)
m = nn.Parameter(torch.ones(2, 2))
print(m)
print([m, torch.tensor([1.])])
print(nn.Parameter(torch.zeros(3), requires_grad=False))
print(w * 2)
print(w.shape, b.dim(), type(w).__name__)
