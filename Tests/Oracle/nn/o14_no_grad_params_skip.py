import torch
import torch.nn as nn

torch.manual_seed(0)
a = nn.Linear(2, 2)
b = nn.Linear(2, 2)
opt = torch.optim.Adam(list(a.parameters()) + list(b.parameters()), lr=0.1)
a(torch.ones(1, 2)).sum().backward()
opt.step()
print(len(opt.state), b.weight.grad)
print(b.weight)
print(a.weight)
sgd = torch.optim.SGD(b.parameters(), lr=1.0, momentum=0.9)
sgd.step()
print(sgd.state_dict()["state"])
