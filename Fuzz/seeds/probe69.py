import torch
t = torch.arange(10)
str(-0.0), repr(float('-inf'))
