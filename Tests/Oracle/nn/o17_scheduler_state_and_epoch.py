import torch
import torch.nn as nn
from torch.optim.lr_scheduler import StepLR, ExponentialLR, CosineAnnealingLR, MultiStepLR

w = nn.Parameter(torch.ones(1))
opt = torch.optim.SGD([w], lr=1.0)
s = StepLR(opt, step_size=2, gamma=0.5)
for e in range(5):
    opt.step()
    s.step()
sd = s.state_dict()
print(sorted(sd.keys()))
print(sd["last_epoch"], sd["_last_lr"], sd["base_lrs"])
opt2 = torch.optim.SGD([w], lr=1.0)
s2 = StepLR(opt2, step_size=2, gamma=0.5)
s2.load_state_dict(sd)
print(s2.last_epoch, s2.get_last_lr())
opt3 = torch.optim.SGD([w], lr=1.0)
e3 = ExponentialLR(opt3, 0.5)
opt3.step()
e3.step(3)
print(opt3.param_groups[0]["lr"])
opt4 = torch.optim.SGD([w], lr=1.0)
c4 = CosineAnnealingLR(opt4, T_max=10)
opt4.step()
c4.step(5)
print(opt4.param_groups[0]["lr"])
opt5 = torch.optim.SGD([w], lr=1.0)
m5 = MultiStepLR(opt5, [1, 3], 0.1)
opt5.step()
m5.step(4)
print(opt5.param_groups[0]["lr"])
try:
    StepLR("not an optimizer", 2)
except TypeError as e:
    print("TypeError:", e)
