import torch
m = torch.tensor([[1., 2.], [3., 4.], [5., 6.]], requires_grad=True)
r0, r1, r2 = m
print(r0)
print(r1, r2)
a, b = r2
print(a, b)
(r0 * r1).sum().backward()
print(m.grad)
p, q = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(p, q)
for row in torch.arange(6).view(3, 2).float():
    print(row)
x, y = torch.ones(2, 2, 2)
print(x)
u, v = m.T
print(u, v)
