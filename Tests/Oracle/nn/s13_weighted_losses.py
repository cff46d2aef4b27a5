import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.tensor([0.0, 2.0, 5.0])
w = torch.tensor([1.0, 0.5, 2.0])
for red in ["mean", "sum", "none"]:
    print(red, F.mse_loss(x, y, reduction=red, weight=w), F.l1_loss(x, y, reduction=red, weight=w), F.huber_loss(x, y, reduction=red, weight=w))
try:
    F.mse_loss(x, y, weight=torch.ones(2))
except ValueError as e:
    print("ValueError:", e)
