import torch
torch.manual_seed(42)
x = torch.randn(2, 3, 4)
print(x)
print(x.sum().item())
y = torch.rand(2, 3, 4)
print(y)
print(y[1].tolist())
