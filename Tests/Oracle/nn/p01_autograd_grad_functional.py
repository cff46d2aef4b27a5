import torch
a = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
b = torch.tanh(a) * a.exp()
print(torch.autograd.grad(b, a, grad_outputs=torch.ones(3)))
print(torch.autograd.functional.jacobian(lambda t: t ** 2, torch.tensor([1.0, 2.0])))
print(torch.autograd.functional.vjp(lambda t: t.sin(), torch.tensor([0.5, 1.0]), torch.ones(2)))
def f(u, v):
    return (u * v).sum(), u.exp()
print(torch.autograd.functional.jacobian(f, (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]))))
w = torch.tensor(2.0, requires_grad=True)
z = torch.tensor(3.0, requires_grad=True)
print(torch.autograd.grad(w * w, [w, z], allow_unused=True))
try:
    torch.autograd.grad(w * w, [w, z])
except RuntimeError as e:
    print(e)
print(w.grad)
q = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
m = q * 2
r = (m ** 2).sum()
print(torch.autograd.grad(r, m))
