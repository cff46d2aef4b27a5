import torch
t = torch.arange(10)
torch.ones(9223372036854775807, 0)
