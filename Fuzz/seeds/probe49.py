import torch
t = torch.arange(10)
torch.tensor([1.,2.]).item()
