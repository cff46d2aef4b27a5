import torch
v = torch.ones(2)
M = torch.ones(3, 4)
print(torch.matmul(v, torch.ones(2, 5)).shape)
r = torch.matmul(v, M)
