import torch
t = torch.arange(10)
5 in range(0, 10, -9223372036854775808)
