import torch
a = torch.tensor(1., requires_grad=True)
b = torch.tensor(2.)
c = a * b
print(a.grad, b.grad, c.grad_fn is None, b.grad_fn)
c.backward()
print(a.grad, b.grad)
print(a.requires_grad, b.requires_grad, c.requires_grad)
with torch.no_grad():
    d = a * 5
print(d.requires_grad, d.grad_fn, d.is_leaf)
e = a.detach() * 5
print(e.requires_grad)
