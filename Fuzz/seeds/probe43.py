import torch
t = torch.arange(10)
torch.tensor([9223372036854775807, 2]).prod()
