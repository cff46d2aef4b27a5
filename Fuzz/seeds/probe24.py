import torch
t = torch.arange(10)
t.expand(9223372036854775807, 10)
