import torch
import torch.nn as nn
from torch.optim.lr_scheduler import StepLR, MultiStepLR, ExponentialLR, LambdaLR, CosineAnnealingLR

def trace(make, n=8):
    w = nn.Parameter(torch.ones(1))
    opt = torch.optim.SGD([w], lr=0.1)
    sched = make(opt)
    lrs = []
    for _ in range(n):
        opt.step()
        sched.step()
        lrs.append(sched.get_last_lr()[0])
    print(type(sched).__name__, lrs)
    print(opt.param_groups[0]["lr"], opt.param_groups[0]["initial_lr"], sched.last_epoch)

trace(lambda o: StepLR(o, step_size=3, gamma=0.5))
trace(lambda o: MultiStepLR(o, milestones=[2, 5, 5], gamma=0.1))
trace(lambda o: ExponentialLR(o, gamma=0.9))
trace(lambda o: LambdaLR(o, lr_lambda=lambda epoch: 1.0 / (epoch + 1)))
trace(lambda o: CosineAnnealingLR(o, T_max=4))
trace(lambda o: CosineAnnealingLR(o, T_max=3, eta_min=0.01), n=10)
w = nn.Parameter(torch.ones(1))
opt = torch.optim.SGD([w], lr=1.0)
s = StepLR(opt, 2)
print(s.state_dict())
print(s.get_last_lr(), s.base_lrs)
