import torch
t = torch.arange(10)
torch.tensor([3]) ** 9223372036854775807
