import numpy as np
import torch
torch.manual_seed(0)
w = torch.zeros(2, requires_grad=True)
x = torch.linspace(0, 1, 8)
y = 2 * x + 1
losses = []
for step in range(5):
    loss = ((w[0] * x + w[1] - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.5 * w.grad
        w.grad.zero_()
    losses.append(loss.item())
losses = np.array(losses)
print(losses)
print(losses.round(3))
print(np.diff(losses) if hasattr(np, "diff") else None)
print(losses.argmin(), losses[-1] < losses[0])
