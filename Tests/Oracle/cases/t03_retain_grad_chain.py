import torch
x = torch.tensor([0.5, -1., 2.], requires_grad=True)
h1 = x * 3
h1.retain_grad()
h2 = h1.exp()
h2.retain_grad()
h3 = h2 / 2 + h1
h3.retain_grad()
out = h3.sum()
out.retain_grad()
out.backward()
print(out.grad)
print(h3.grad)
print(h2.grad)
print(h1.grad)
print(x.grad)
print(h1.is_leaf, h2.is_leaf, h1.requires_grad)
print(h2)
