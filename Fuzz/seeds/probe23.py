import torch
t = torch.arange(10)
torch.zeros(3, 4).flatten(-9223372036854775808)
