import torch
t = torch.arange(10)
torch.tensor([-9223372036854775808]).abs()
