import torch
x = torch.tensor([0.5, 1.0, 1.5], requires_grad=True)
y = torch.sigmoid(x * 2 - 1).log().exp().tanh()
z = (y * y).sum() / 3
z.backward()
print(y)
print(z)
print(x.grad)
a = torch.tensor([1., 4., 9.], requires_grad=True)
b = a.sqrt() * a.log() + a.abs()
b.sum().backward()
print(a.grad)
