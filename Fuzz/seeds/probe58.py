import torch
t = torch.arange(10)
int('9' * 5000)
