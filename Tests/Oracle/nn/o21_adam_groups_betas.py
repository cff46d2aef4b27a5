import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
opt = torch.optim.Adam([
    {"params": model[0].parameters(), "betas": (0.5, 0.9), "weight_decay": 0.1},
    {"params": model[2].parameters(), "lr": 0.05, "amsgrad": True},
], lr=0.01)
print(opt)
x = torch.randn(10, 3)
y = torch.randn(10, 1)
opt.zero_grad()
print(model[0].weight.grad)
for i in range(6):
    opt.zero_grad()
    loss = nn.functional.l1_loss(model(x), y)
    loss.backward()
    opt.step()
    print(i, loss.item())
print(opt.state[model[2].bias])
