import torch
t = torch.arange(10)
torch.tensor([1e30]).long()
