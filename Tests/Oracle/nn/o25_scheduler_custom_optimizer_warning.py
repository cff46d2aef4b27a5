import warnings
import torch
import torch.nn as nn
from torch.optim import Optimizer

class Plain(Optimizer):
    def __init__(self, params, lr):
        super().__init__(params, dict(lr=lr))

    @torch.no_grad()
    def step(self, closure=None):
        for g in self.param_groups:
            for p in g["params"]:
                if p.grad is not None:
                    p.sub_(g["lr"] * p.grad)

w = nn.Parameter(torch.tensor([1.0]))
opt = Plain([w], lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, 1, gamma=0.5)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for _ in range(3):
        (w * w).sum().backward()
        opt.step()
        opt.zero_grad()
        sched.step()
print(len(caught), w, sched.get_last_lr())
opt2 = torch.optim.SGD([w], lr=0.1)
sched2 = torch.optim.lr_scheduler.StepLR(opt2, 1)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    sched2.step()
    opt2.step()
print(len(caught), [str(c.message)[:40] for c in caught])
print(opt2.param_groups[0]["lr"])
