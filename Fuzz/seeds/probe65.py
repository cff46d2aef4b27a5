import torch
t = torch.arange(10)
hash(1e400)
