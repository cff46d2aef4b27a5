import torch
t = torch.arange(10)
t = torch.arange(10)
