import torch
import torch.nn as nn
from torch.optim.lr_scheduler import ReduceLROnPlateau

w = nn.Parameter(torch.ones(1))
opt = torch.optim.Adam([w], lr=0.1)
sched = ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=2)
losses = [1.0, 0.9, 0.95, 0.93, 0.92, 0.91, 0.95, 0.99, 1.0, 0.5, 0.6, 0.7, 0.8]
for epoch, val in enumerate(losses):
    opt.step()
    sched.step(val)
    print(epoch, opt.param_groups[0]["lr"], sched.num_bad_epochs, sched.best, sched.get_last_lr())
s2 = ReduceLROnPlateau(opt, mode="max", threshold=0.1, threshold_mode="abs", cooldown=1, patience=0, min_lr=0.001)
for v in [1.0, 1.05, 1.2, 1.1, 1.0, 0.9]:
    s2.step(torch.tensor(v))
    print(opt.param_groups[0]["lr"], s2.cooldown_counter)
try:
    ReduceLROnPlateau(opt, factor=1.5)
except ValueError as e:
    print("ValueError:", e)
