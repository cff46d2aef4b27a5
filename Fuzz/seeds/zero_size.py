import torch
x = torch.zeros(0)
print(x.sum(), x.mean(), x[0])
