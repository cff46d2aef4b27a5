# The Hessian of a small quadratic form, by hand and with torch.autograd.functional.
import torch
from torch.autograd.functional import hessian, jacobian

A = torch.tensor([[3.0, 1.0, 0.0],
                  [1.0, 2.0, 0.5],
                  [0.0, 0.5, 4.0]])
b = torch.tensor([1.0, -2.0, 0.5])

def quad(x):
    return 0.5 * x @ A @ x - b @ x

x0 = torch.tensor([0.2, -1.0, 1.5])
H = hessian(quad, x0)
print(H)
print(torch.allclose(H, A))

# Hessian row by row from the gradient
x = x0.clone().requires_grad_(True)
g, = torch.autograd.grad(quad(x), x, create_graph=True)
print(g)
rows = []
for i in range(3):
    row, = torch.autograd.grad(g[i], x, retain_graph=True)
    rows.append(row)
print(torch.stack(rows))

# gradient descent with the largest stable step 1 / lambda_max uses the Hessian's scale
lr = 1 / 4.5
x = x0.clone()
for _ in range(3):
    x.requires_grad_(True)
    g, = torch.autograd.grad(quad(x), x)
    x = (x - lr * g).detach()
print(x)

# a non-quadratic function and several inputs
def f(u, v):
    return (u ** 2 * v).sum() + torch.sin(u).sum() * v[0]

u = torch.tensor([0.5, 1.0])
v = torch.tensor([2.0, -1.0])
Huu, Huv = hessian(f, (u, v))[0]
print(Huu)
print(Huv)
print(jacobian(lambda t: torch.sigmoid(t) * t, u))
print(hessian(lambda t: (t.exp() * t.sqrt()).sum(), torch.tensor([1.0, 4.0])))
