import torch
x = torch.arange(12).float()
print(x.view(3, 4))
print(x.view(2, 2, 3))
print(x.reshape(-1, 2))
print(x.view(3, 4).T)
print(x.view(3, 4).t().reshape(12))
print(x.view(4, 3)[1:].reshape(3, 3))
m = x.view(3, 4)
m[0, 0] = 99.
print(x[:4])
print(x.view(1, -1).shape, x.view(-1, 1).shape)
