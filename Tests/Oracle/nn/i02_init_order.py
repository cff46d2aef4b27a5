import torch
import torch.nn as nn

torch.manual_seed(0)
a = nn.Linear(4, 3)
b = nn.Linear(3, 1)
torch.manual_seed(0)
seq = nn.Sequential(nn.Linear(4, 3), nn.Linear(3, 1))
print(torch.equal(a.weight, seq[0].weight), torch.equal(b.bias, seq[1].bias))
print(seq[1].weight, seq[1].bias)
torch.manual_seed(5)
e = nn.Embedding(3, 2)
ln = nn.LayerNorm(2)
bn = nn.BatchNorm1d(2)
c = nn.Conv2d(2, 1, 2)
print(e.weight, c.weight, c.bias)
print(torch.randn(2))
with torch.no_grad():
    a.weight.fill_(0.5)
    a.bias.zero_()
print(a(torch.ones(1, 4)))
a.reset_parameters()
print(a.weight)
