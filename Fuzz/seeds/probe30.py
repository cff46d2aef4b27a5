import torch
t = torch.arange(10)
torch.ones(-1)
