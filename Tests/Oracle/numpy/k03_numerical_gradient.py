import numpy as np
import torch

def f(w):
    return (w ** 2).sum() + np.sin(w).sum()

w = np.array([0.5, -1.0, 2.0])
eps = 1e-6
grad = np.zeros_like(w)
for i in range(len(w)):
    e = np.zeros_like(w)
    e[i] = eps
    grad[i] = (f(w + e) - f(w - e)) / (2 * eps)
print(grad)
wt = torch.tensor(w, requires_grad=True)
loss = (wt ** 2).sum() + torch.sin(wt).sum()
loss.backward()
print(wt.grad)
print(np.abs(grad - wt.grad.numpy()).max() < 1e-6)
print(np.allclose(grad, wt.grad.numpy(), atol=1e-6))
