import torch
torch.manual_seed(123)
print(torch.rand(2, 2))
print(torch.rand(1))
print(torch.rand(4, 1))
print(torch.rand(3, 5))
print(torch.rand(2, 3, 2).tolist())
print((torch.rand(1000) < 0.5).sum())
