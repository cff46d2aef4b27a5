import torch
t = torch.arange(10)
torch.randn(2, -3)
