import torch
a = torch.tensor([3.], requires_grad=True)
b = a ** 2
c = b.sum()
c.backward()
print(b.grad)
print(a.grad)
print(c.grad)
