import torch
t = torch.arange(10)
sum([], 9223372036854775807) + 1
