import torch
a = torch.tensor([1., 2.], requires_grad=True)
b = a.detach()
print(b, b.requires_grad, b.is_leaf)
c = a.clone()
print(c, c.requires_grad, c.is_leaf)
d = a.data
print(d)
e = (a * 2).detach().requires_grad_()
print(e, e.grad_fn)
f = torch.zeros(2).requires_grad_(True)
print(f.requires_grad)
g = a.detach().clone()
g[0] = 100.
print(a, g)
