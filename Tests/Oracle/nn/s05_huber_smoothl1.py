import torch
import torch.nn as nn
import torch.nn.functional as F

pred = torch.tensor([0.0, 0.5, 2.0, -3.0], requires_grad=True)
target = torch.zeros(4)
for m in [nn.HuberLoss(), nn.HuberLoss(delta=0.5), nn.SmoothL1Loss(), nn.SmoothL1Loss(beta=2.0), nn.SmoothL1Loss(beta=0.0)]:
    l = m(pred, target)
    print(m, l, l.grad_fn.name())
print(nn.HuberLoss(reduction="none")(pred, target))
print(F.smooth_l1_loss(pred, target, reduction="sum"))
print(F.huber_loss(pred, target, delta=2.0))
l = nn.HuberLoss(delta=1.0)(pred, target)
l.backward()
print(pred.grad)
