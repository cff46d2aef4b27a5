import torch
A = torch.ones(2, 3)
v = torch.ones(2)
print(A @ v)
