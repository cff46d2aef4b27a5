import torch
t = torch.arange(10)
max([])
