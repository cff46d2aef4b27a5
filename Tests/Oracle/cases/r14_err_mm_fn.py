import torch
x = torch.ones(2, 5)
w = torch.ones(4, 3)
y = torch.mm(x, w)
