import torch
t = torch.arange(10)
2 ** -9223372036854775808
