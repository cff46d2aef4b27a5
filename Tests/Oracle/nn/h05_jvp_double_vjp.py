# Jacobian-vector products: torch.autograd.functional.jvp and the double-vjp trick it uses.
import torch
from torch.autograd.functional import jvp, vjp, hvp, vhp

def f(x):
    return torch.stack([x[0] * x[1], torch.sin(x[0]) + x[1] ** 2, torch.exp(-x[1])])

x = torch.tensor([0.5, 1.5])
v = torch.tensor([1.0, 0.0])
out, jv = jvp(f, x, v)
print(out)
print(jv)

# the trick by hand: u is a dummy cotangent, g(u) = J^T u is linear in u, so d(g . v)/du = J v
x = torch.tensor([0.5, 1.5], requires_grad=True)
y = f(x)
u = torch.zeros_like(y, requires_grad=True)
g, = torch.autograd.grad(y, x, grad_outputs=u, create_graph=True)
Jv, = torch.autograd.grad(g, u, grad_outputs=v)
print(Jv)

# vjp for comparison
print(vjp(f, torch.tensor([0.5, 1.5]), torch.tensor([1.0, 1.0, 1.0])))

# Hessian-vector products
def energy(p):
    return (p ** 2).sum() * 0.5 + torch.tanh(p).sum()

p = torch.tensor([0.1, -0.4, 0.8])
print(hvp(energy, p, torch.ones(3)))
print(vhp(energy, p, torch.tensor([1.0, 0.0, 0.0])))

# jvp through a small linear layer and a loss
torch.manual_seed(0)
layer = torch.nn.Linear(3, 2)
target = torch.tensor([[0.5, -0.5]])
def loss_fn(inp):
    return torch.nn.functional.mse_loss(layer(inp), target)
print(jvp(loss_fn, torch.tensor([[1.0, 2.0, 3.0]]), torch.tensor([[0.1, 0.0, -0.1]])))
print(jvp(lambda t: torch.nn.functional.softplus(t) / (1 + t * t), torch.tensor([0.3, -1.2]), torch.ones(2)))
