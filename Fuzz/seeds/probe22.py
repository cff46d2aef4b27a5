import torch
t = torch.arange(10)
t.permute(9223372036854775807)
