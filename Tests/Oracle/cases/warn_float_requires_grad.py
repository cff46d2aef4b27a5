# d2l-style metrics: float() of a loss that still requires grad warns once (PyTorch's TORCH_WARN_ONCE)
import math
import torch
torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
x = torch.randn(4, 3)
y = torch.randn(4)
with torch.no_grad():
    print(float((x @ w - y).pow(2).mean()))
l = (x @ w - y).pow(2).mean()
print(int(l), round(l.item(), 4), f"{l:.4f}")
total = 0.0
for i in range(3):
    total += float(l)
print(total)
print("%.3f" % l, math.sqrt(l))
