# Finite differences in double precision against autograd, as gradcheck does.
import torch

def f(x):
    return (x.sin() * x.exp() + x ** 3 / (1 + x * x)).sum()

x = torch.tensor([0.3, -1.2, 2.0], dtype=torch.float64, requires_grad=True)
y = f(x)
y.backward()
eps = 1e-6
numeric = []
for i in range(3):
    xp = x.detach().clone()
    xm = x.detach().clone()
    xp[i] += eps
    xm[i] -= eps
    numeric.append((f(xp) - f(xm)).item() / (2 * eps))
print(x.grad)
print([round(n, 6) for n in numeric])
print(all(abs(a - b) < 1e-6 for a, b in zip(x.grad.tolist(), numeric)))
print(y.item())
