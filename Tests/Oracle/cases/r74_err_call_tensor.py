import torch
x = torch.ones(2)
print(x.shape)
print(x.shape())
