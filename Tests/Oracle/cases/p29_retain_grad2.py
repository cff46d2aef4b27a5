import torch
a = torch.tensor(2., requires_grad=True)
b = a * 3
b.retain_grad()
c = b ** 2
c.retain_grad()
d = c + b
d.backward()
print(a.grad, b.grad, c.grad)
print(b.requires_grad, b.is_leaf, b.retains_grad)
print(a.retains_grad)
