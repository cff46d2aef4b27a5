import torch
t = torch.arange(10)
t[:, None][-9223372036854775808]
