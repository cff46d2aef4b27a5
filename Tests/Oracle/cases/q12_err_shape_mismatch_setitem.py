import torch
x = torch.zeros(3)
x[0:2] = torch.tensor([1., 2., 3.])
