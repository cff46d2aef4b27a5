import torch
t = torch.arange(10)
divmod(-9223372036854775808, -1)
