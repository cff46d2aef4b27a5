import torch
t = torch.arange(10)
sorted([3, float('nan'), 1])
