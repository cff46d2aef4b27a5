# maximum / minimum and x.max(y) keep autograd; ties split the gradient in half.
import torch

a = torch.tensor([1.0, 2.0, 3.0, -1.0], requires_grad=True)
b = torch.tensor([0.5, 2.0, 4.0, -1.0], requires_grad=True)
m = torch.maximum(a, b)
print(m)
m.sum().backward()
print(a.grad, b.grad)

a.grad = None; b.grad = None
n = torch.minimum(a, b)
print(n)
(n * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(a.grad, b.grad)

# the method form and torch.max(x, y)
a.grad = None; b.grad = None
y = a.max(b)
print(y.grad_fn.name())
z = torch.min(a, b)
print(z.grad_fn.name())
(y * z).sum().backward()
print(a.grad)
print(b.grad)

# broadcasting: a row against a column, gradients summed back
r = torch.tensor([[0.0, 1.0, 2.0]], requires_grad=True)
c = torch.tensor([[1.0], [0.5]], requires_grad=True)
out = torch.maximum(r, c)
print(out)
out.sum().backward()
print(r.grad)
print(c.grad)

# NaN wins the forward
p = torch.tensor([float('nan'), 1.0])
q = torch.tensor([0.0, float('nan')])
print(torch.maximum(p, q), torch.minimum(p, q))

# float64 and mixed dtypes
d = torch.tensor([1.5, -2.0], dtype=torch.float64, requires_grad=True)
e = torch.maximum(d, torch.tensor([1.5, 0.0]))
print(e)
e.sum().backward()
print(d.grad)
print(torch.maximum(torch.tensor([1, 5]), torch.tensor([3, 2])))

try:
    torch.maximum(a, 0.5)
except TypeError as err:
    print("TypeError:", err)
