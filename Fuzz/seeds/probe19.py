import torch
t = torch.arange(10)
t.unsqueeze(-9223372036854775808)
