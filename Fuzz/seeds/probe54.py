import torch
t = torch.arange(10)
1 << -1
