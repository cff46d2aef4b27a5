import torch
t = torch.arange(10)
torch.cat([t, t], dim=-9223372036854775808)
