import torch
a = torch.tensor([2., 3.], requires_grad=True)
b = a * a
c = b.mean()
c.backward()
print(a.grad)
print(b.grad)
print(c.grad)
print(b.is_leaf, c.is_leaf, a.is_leaf)
