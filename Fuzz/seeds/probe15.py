import torch
t = torch.arange(10)
t.view(-9223372036854775808)
