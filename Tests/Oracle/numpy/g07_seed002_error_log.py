import torch
import numpy as np

x = torch.linspace(0, 1, 10)
y_true = 3 * x + torch.sin(6 * x) + 1
W = torch.tensor([0., 0.], requires_grad=True)
epsilon = 0.01


def err(W):
    y = W[0] * x + W[1]
    return torch.linalg.norm(y - y_true) / x.shape[0]


def update_step():
    if W.grad is not None:
        W.grad.zero_()
    e = err(W)
    e.backward()
    with torch.no_grad():
        W.sub_(epsilon * W.grad)
    return e.detach().item()


N = 200
e = np.zeros(N)
for i in range(N):
    e[i] = update_step()
print(e[:5])
print(e[-3:])
print(e.min(), e.argmin(), e.mean())
(a, b) = W.detach().numpy()
print(a, b, repr(a))
y_pred = a * x + b
print(y_pred)
