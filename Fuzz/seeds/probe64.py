import torch
t = torch.arange(10)
'{:9999999999999999999}'.format(1)
