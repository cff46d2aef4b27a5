import torch
t = torch.arange(10)
f'{1e400:.3f}'
