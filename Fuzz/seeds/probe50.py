import torch
t = torch.arange(10)
torch.tensor(2**40) ** 2
