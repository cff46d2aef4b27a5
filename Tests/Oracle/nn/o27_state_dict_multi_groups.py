import torch
import torch.nn as nn

torch.manual_seed(0)
a = nn.Linear(2, 2)
b = nn.Linear(2, 1)
opt = torch.optim.SGD([{"params": [a.weight, a.bias]}, {"params": b.parameters(), "momentum": 0.9}], lr=0.1)
b(a(torch.ones(3, 2))).sum().backward()
opt.step()
opt.step()
sd = opt.state_dict()
print(sd["param_groups"])
print(sd["state"])
print(opt.state[b.weight])
print(opt.state[a.weight])
