# More lr schedulers: OneCycleLR (fastai fit_one_cycle), CosineAnnealingWarmRestarts, LinearLR, PolynomialLR, SequentialLR
import torch
from torch import nn, optim
torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.randn(16, 3); y = torch.randn(16, 1)
for name, make in [("onecycle", lambda o: optim.lr_scheduler.OneCycleLR(o, max_lr=0.1, total_steps=10)),
                   ("warm", lambda o: optim.lr_scheduler.CosineAnnealingWarmRestarts(o, T_0=3)),
                   ("linear", lambda o: optim.lr_scheduler.LinearLR(o, start_factor=0.5, total_iters=4)),
                   ("poly", lambda o: optim.lr_scheduler.PolynomialLR(o, total_iters=5, power=2.0))]:
    opt = optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    sched = make(opt)
    lrs = []
    for i in range(6):
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
        sched.step()
        lrs.append(round(sched.get_last_lr()[0], 6))
    print(name, lrs)
opt = optim.SGD(model.parameters(), lr=0.1)
s1 = optim.lr_scheduler.LinearLR(opt, start_factor=0.1, total_iters=2)
s2 = optim.lr_scheduler.ExponentialLR(opt, gamma=0.9)
seq = optim.lr_scheduler.SequentialLR(opt, schedulers=[s1, s2], milestones=[2])
for i in range(5):
    opt.step(); seq.step()
    print(round(opt.param_groups[0]['lr'], 6), end=' ')
print()
