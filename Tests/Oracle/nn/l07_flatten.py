import torch
import torch.nn as nn

x = torch.arange(24.0).reshape(2, 3, 4)
f = nn.Flatten()
print(f, f(x).shape)
print(nn.Flatten(0, 1)(x).shape)
u = nn.Unflatten(1, (3, 4))
print(u)
print(u(torch.arange(24.0).reshape(2, 12)).shape)
net = nn.Sequential(nn.Flatten(), nn.Linear(12, 2))
torch.manual_seed(0)
net = nn.Sequential(nn.Flatten(), nn.Linear(12, 2))
print(net(x))
