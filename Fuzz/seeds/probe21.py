import torch
t = torch.arange(10)
t.transpose(0, 9223372036854775807)
