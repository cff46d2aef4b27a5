import torch
A = torch.ones(2, 3)
v = torch.ones(4)
print(A.sum())
print(A @ v)
