import torch
import torch.nn as nn

torch.manual_seed(0)
seq = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 1))
calls = []
seq[0].register_forward_hook(lambda m, i, o: calls.append("hooked"))
x = torch.ones(1, 2)
print(seq[0].forward(x))
print(calls)
print(seq[0](x))
print(calls)
print(seq[::2])
print(seq[-2:])
print(seq[1:-1](torch.ones(1, 3)))
opt = torch.optim.SGD(seq.parameters(), 0.1)
print(opt.param_groups[0]["params"][0] is seq[0].weight)
print(len(opt.param_groups[0]["params"]))
