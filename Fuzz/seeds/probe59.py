import torch
t = torch.arange(10)
float('1' * 400)
