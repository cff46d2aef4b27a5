import torch
from torch.optim.lr_scheduler import LambdaLR

torch.manual_seed(8)
w = torch.randn(4, requires_grad=True)
target = torch.tensor([0.5, -1.0, 2.0, 0.0])
opt = torch.optim.SGD([w], lr=0.05, momentum=0.9)
sched = LambdaLR(opt, lambda e: 10.0 / (150 - e))
try:
    for epoch in range(300):
        opt.zero_grad()
        loss = ((w - target) ** 2).sum()
        loss.backward()
        opt.step()
        sched.step()
except ZeroDivisionError as e:
    print("stopped at epoch", epoch, "-", e)
print(loss.item())
print(w)
print(sched.last_epoch, opt.param_groups[0]["lr"], opt.state[w]["momentum_buffer"])
