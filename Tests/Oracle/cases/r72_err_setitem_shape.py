import torch
x = torch.zeros(3, 4)
x[0] = torch.ones(4)
print(x)
x[1] = torch.ones(3)
