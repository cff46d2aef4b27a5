import torch
t = torch.arange(10)
t[9223372036854775807:]
