import torch
t = torch.arange(10)
f'{2**100:,}'
