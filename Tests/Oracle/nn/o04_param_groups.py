import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
opt = torch.optim.SGD([
    {"params": model[0].parameters()},
    {"params": model[2].parameters(), "lr": 0.01, "momentum": 0.5},
], lr=0.1)
print(opt)
x = torch.randn(5, 2)
for _ in range(3):
    opt.zero_grad()
    model(x).pow(2).sum().backward()
    opt.step()
print(model[0].bias.data, model[2].bias.data)
for g in opt.param_groups:
    g["lr"] = g["lr"] * 0.5
print([g["lr"] for g in opt.param_groups])
extra = nn.Parameter(torch.zeros(2))
opt.add_param_group({"params": [extra], "lr": 1.0})
print(opt)
try:
    opt.add_param_group({"params": model[0].weight})
except ValueError as e:
    print("ValueError:", e)
