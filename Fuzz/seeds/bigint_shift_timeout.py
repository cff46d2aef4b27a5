import torch
t = torch.arange(10)
9223372036854775807 << 9223