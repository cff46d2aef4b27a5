import torch
t = torch.arange(10)
torch.randint(5, 0, (3,))
