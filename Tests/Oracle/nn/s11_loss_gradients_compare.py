import torch
import torch.nn as nn

torch.manual_seed(0)
pred = torch.randn(5, requires_grad=True)
target = torch.randn(5)
for loss_fn in [nn.MSELoss(), nn.L1Loss(), nn.SmoothL1Loss(), nn.HuberLoss(delta=0.3), nn.MSELoss(reduction="sum"), nn.L1Loss(reduction="sum")]:
    pred.grad = None
    loss = loss_fn(pred, target)
    loss.backward()
    print(type(loss_fn).__name__, loss_fn.reduction, round(loss.item(), 6), pred.grad)
