import torch
import torch.nn as nn
from torch.optim import lr_scheduler

w = nn.Parameter(torch.ones(1))
opt = torch.optim.SGD([w], lr=0.1)
s = lr_scheduler.ExponentialLR(opt, gamma=0.5)
print(s.get_last_lr(), s.last_epoch, opt.param_groups[0]["initial_lr"])
s.step()
print(s.get_last_lr())
print(s.get_lr())
try:
    lr_scheduler.StepLR(torch.optim.SGD([w], lr=0.1), step_size=1, last_epoch=3)
except KeyError as e:
    print("KeyError:", str(e)[:60])
l = lr_scheduler.LambdaLR(opt, lambda e: 0.9 ** e)
print(l.state_dict()["lr_lambdas"])
try:
    lr_scheduler.LambdaLR(opt, [lambda e: 1.0, lambda e: 2.0])
except ValueError as e:
    print("ValueError:", e)
