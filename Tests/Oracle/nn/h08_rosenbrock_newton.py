# Newton's method on the Rosenbrock function in 2-d: gradient and Hessian from autograd.
import torch
from torch.autograd.functional import hessian

def rosenbrock(p):
    x, y = p
    return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

p0 = torch.tensor([-1.0, 2.0])
print(hessian(rosenbrock, p0))

p = p0.clone().requires_grad_(True)
for i in range(6):
    f = rosenbrock(p)
    g, = torch.autograd.grad(f, p, create_graph=True)
    H = torch.stack([torch.autograd.grad(g[j], p, retain_graph=True)[0] for j in range(2)])
    with torch.no_grad():
        det = H[0, 0] * H[1, 1] - H[0, 1] * H[1, 0]
        H_inv = torch.stack([torch.stack([H[1, 1], -H[0, 1]]),
                             torch.stack([-H[1, 0], H[0, 0]])]) / det
        p -= H_inv @ g
    print(f"step {i}: p = {p.tolist()}, f = {rosenbrock(p).item():.6f}, |grad| = {g.norm().item():.4f}")

# gradient descent for comparison needs a tiny step and many iterations
p = p0.clone().requires_grad_(True)
opt = torch.optim.SGD([p], lr=1e-3)
for i in range(200):
    opt.zero_grad()
    loss = rosenbrock(p)
    loss.backward()
    opt.step()
print(p, rosenbrock(p).item())
