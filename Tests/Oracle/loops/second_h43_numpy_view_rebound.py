import torch
import numpy as np

w = torch.tensor([0.5, 1.5], requires_grad=True)
x = torch.linspace(0, 2, 6)
for step in range(25):
    loss = ((w[0] * x + w[1] - 2 * x) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        w.grad.zero_()
        view = w.numpy()
print(view, w)
with torch.no_grad():
    w.add_(1)
print(view)
