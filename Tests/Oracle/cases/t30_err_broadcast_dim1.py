import torch
a = torch.arange(6).float().view(3, 2)
b = torch.ones(3, 3)
print(a.shape)
c = a * b
