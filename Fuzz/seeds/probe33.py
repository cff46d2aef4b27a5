import torch
t = torch.arange(10)
torch.randint(-9223372036854775808, 9223372036854775807, (3,))
