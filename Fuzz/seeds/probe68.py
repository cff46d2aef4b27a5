import torch
t = torch.arange(10)
chr(9223372036854775807)
