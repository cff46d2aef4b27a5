import torch
import numpy as np

w = torch.tensor([1.0, -2.0], requires_grad=True)
x = torch.linspace(-1, 1, 8)
snaps = []
for step in range(30):
    loss = ((w[0] * x + w[1]) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
        w.grad.zero_()
    snaps.append(w.detach().numpy().copy())
print(np.array(snaps)[::7])
print(np.stack(snaps).mean(axis=0))
