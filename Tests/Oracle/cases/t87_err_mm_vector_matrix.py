import torch
v = torch.tensor([1., 2., 3.])
M = torch.ones(2, 2)
print(v @ torch.ones(3, 2))
print(v @ M)
