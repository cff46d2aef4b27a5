import torch
import torch.nn as nn
import torch.nn.functional as F

pred = torch.tensor([[0.5, 1.5], [2.0, -1.0]], requires_grad=True)
target = torch.tensor([[1.0, 1.0], [1.0, 1.0]])
for red in ["mean", "sum", "none"]:
    for loss_fn in [nn.MSELoss(reduction=red), nn.L1Loss(reduction=red)]:
        loss = loss_fn(pred, target)
        print(loss_fn, red, loss, loss.grad_fn.name())
print(nn.MSELoss())
print(F.mse_loss(pred, target))
print(F.l1_loss(pred, target, reduction="sum"))
l = nn.MSELoss()(pred, target)
l.backward()
print(pred.grad)
try:
    nn.MSELoss(reduction="avg")(pred, target)
except ValueError as e:
    print("ValueError:", e)
