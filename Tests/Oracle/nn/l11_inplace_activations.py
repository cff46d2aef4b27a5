import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 2.0])
r = nn.ReLU(inplace=True)
print(r)
y = r(x)
print(y, x, y is x)
z = torch.tensor([-1.0, 0.5, 7.0])
print(F.relu6(z, inplace=True), z)
w = torch.tensor([-1.0, 0.5])
print(nn.LeakyReLU(0.1, inplace=True)(w), w)
print(nn.ELU(inplace=True), nn.SiLU(inplace=True), nn.Hardtanh(inplace=True))
v = torch.tensor([-1.0, 2.0])
print(F.elu(v, inplace=True), v)
d = torch.ones(6)
torch.manual_seed(0)
print(F.dropout(d, 0.5, inplace=True), d)
