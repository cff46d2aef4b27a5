import torch
a = torch.ones(2, 3, 4)
b = torch.ones(5, 4)
c = a / b
