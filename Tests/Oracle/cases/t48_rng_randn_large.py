import torch
torch.manual_seed(0)
x = torch.randn(1200)
print(x)
m = torch.randn(30, 40)
print(m)
print(m.mean().item(), m.std().item())
