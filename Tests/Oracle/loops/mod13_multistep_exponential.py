import torch
import torch.nn as nn
from torch.optim import lr_scheduler

torch.manual_seed(1)
X = torch.randn(10, 4)
Y = torch.tanh(X[:, :2].sum(dim=1, keepdim=True))
net = nn.Sequential(nn.Linear(4, 5), nn.ReLU(), nn.Linear(5, 1))
opt = torch.optim.Adam(net.parameters(), lr=0.05)
sched = lr_scheduler.MultiStepLR(opt, milestones=[50, 120], gamma=0.3)
for epoch in range(200):
    loss = nn.functional.mse_loss(net(X), Y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    sched.step()
print(f"{loss.item():.3e}", sched.get_last_lr())
print(net[2].weight.data)

w = torch.tensor([1.5, -0.5], requires_grad=True)
opt2 = torch.optim.SGD([w], lr=0.004)
decay = lr_scheduler.ExponentialLR(opt2, gamma=0.99)
for i in range(300):
    opt2.zero_grad()
    f = (w[0] - 1) ** 2 + 10 * (w[1] - w[0] ** 2) ** 2
    f.backward()
    opt2.step()
    decay.step()
print(f.item(), opt2.param_groups[0]["lr"])
print(w)
