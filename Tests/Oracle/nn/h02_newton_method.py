# Newton's method on a 1-d function, with the second derivative from autograd.
import torch

def f(x):
    return x**4 - 3 * x**2 + x + 2

x = torch.tensor(2.0, requires_grad=True)
for it in range(8):
    y = f(x)
    grad, = torch.autograd.grad(y, x, create_graph=True)
    hess, = torch.autograd.grad(grad, x)
    with torch.no_grad():
        x -= grad / hess
    print(f"iter {it}: x = {x.item():.6f}, f(x) = {f(x).item():.6f}, f'(x) = {grad.item():.6f}, f''(x) = {hess.item():.4f}")

print("minimum near", round(x.item(), 4))

# finding a root of cos(x) - x with Newton, derivative from autograd
x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
for it in range(5):
    y = torch.cos(x) - x
    dy, = torch.autograd.grad(y, x)
    with torch.no_grad():
        x -= y / dy
    print(it, x.item())

# Newton's method for optimization with exp and log
w = torch.tensor(0.3, requires_grad=True)
for it in range(4):
    loss = torch.exp(w) - 2 * w + torch.log(1 + w * w)
    g, = torch.autograd.grad(loss, w, create_graph=True)
    h, = torch.autograd.grad(g, w)
    w.data -= g.data / h
    print(it, w, loss.item())
