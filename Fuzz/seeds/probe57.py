import torch
t = torch.arange(10)
abs(-9223372036854775808)
