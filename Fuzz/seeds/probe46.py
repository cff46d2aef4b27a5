import torch
t = torch.arange(10)
torch.tensor([float('nan')]).long()
