import torch
t = torch.arange(10)
torch.randint(0, 9223372036854775807, (3,))
