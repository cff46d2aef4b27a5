import torch
torch.manual_seed(0)
a = torch.randn(3, 4)
print(a)
print(a.tolist())
b = torch.rand(3, 4)
print(b)
torch.manual_seed(0)
print(torch.randn(12).view(3, 4))
