# In-place changes through a view of an intermediate tensor rewrite the base's history (CopySlices)
import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x * 2
y[1:3].mul_(10)
print(y, y.grad_fn.name())
y.sum().backward()
print(x.grad)

z = x.clone()
z[0] = 0.0
print(z, z.grad_fn.name())
z.pow(2).sum().backward()
print(x.grad)

w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
h = w * w
h.t()[0].add_(1.0)
print(h, h.grad_fn.name())
h.sum().backward()
print(w.grad)

a = torch.tensor([0.5, -1.0, 2.0, 1.5], requires_grad=True)
b = a + 1
v = b.view(2, 2)
v[0, 1] = 5.0
print(b, b.grad_fn.name(), v.grad_fn.name())
(b * torch.arange(4.0)).sum().backward()
print(a.grad)

p = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
q = p * 3
q[:2].relu_()
q[1:].sigmoid_()
try:
    (q ** 2).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
q = p * 3
q[:2].add_(1)
q[1:].mul_(2)
(q ** 2).sum().backward()
print(q, p.grad)

m = torch.zeros(3, 3)
s = torch.tensor(2.0, requires_grad=True)
r = m * s
r.diagonal().fill_(7.0)
r[0].mul_(s)
print(r, r.grad_fn.name())
r.sum().backward()
print(s.grad)
