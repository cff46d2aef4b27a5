import torch
t = torch.arange(10)
torch.full((3,), 9223372036854775807) + 1
