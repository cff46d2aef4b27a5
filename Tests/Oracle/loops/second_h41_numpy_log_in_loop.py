import torch
import numpy as np

x = torch.linspace(0, 1, 10)
y = 3 * x + 1
w = torch.zeros(2, requires_grad=True)
history = np.zeros((40, 2))
losses = np.zeros(40)
for i in range(40):
    loss = ((w[0] * x + w[1] - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.3 * w.grad
        w.grad.zero_()
        history[i] = w.numpy()
    losses[i] = loss.item()
print(history[::10])
print(losses[-3:])
snap = w.detach().numpy()
for i in range(5):
    with torch.no_grad():
        w.mul_(0.5)
print(snap, w)
