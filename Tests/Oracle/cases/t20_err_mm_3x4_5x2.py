import torch
A = torch.rand(3, 4)
B = torch.ones(5, 2)
print(A.shape, B.shape)
print((B.T @ B).shape)
C = torch.mm(A, B)
