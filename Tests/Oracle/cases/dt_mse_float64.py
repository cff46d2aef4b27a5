import torch
import torch.nn.functional as F

pred = torch.tensor([0.5, 1.5, 2.0], dtype=torch.float64, requires_grad=True)
target = torch.tensor([1.0, 1.0, 1.0], dtype=torch.float64)
loss = F.mse_loss(pred, target)
print(loss, loss.item())
loss.backward()
print(pred.grad)
print(F.mse_loss(pred, target, reduction="sum"), F.mse_loss(pred, target, reduction="none"))
print(F.mse_loss(pred.float(), target.float()).item())
