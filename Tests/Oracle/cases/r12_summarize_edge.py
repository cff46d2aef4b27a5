import torch
print(torch.arange(1000))
print(torch.arange(1001).float())
print(torch.zeros(2, 600))
print(torch.arange(3000).view(1000, 3))
print(torch.ones(10, 101))
