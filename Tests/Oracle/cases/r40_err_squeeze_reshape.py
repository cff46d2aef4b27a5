import torch
x = torch.arange(12)
print(x.reshape(3, 4).shape)
print(x.reshape(5, -1))
