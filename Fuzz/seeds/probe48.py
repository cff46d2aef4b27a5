import torch
t = torch.arange(10)
torch.tensor([1.5]).pow(9223372036854775807)
