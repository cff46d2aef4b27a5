import torch
t = torch.arange(10)
torch.stack([t, t], dim=9223372036854775807)
