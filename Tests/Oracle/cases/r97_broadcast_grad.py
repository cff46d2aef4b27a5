import torch
w = torch.ones(3, requires_grad=True)
b = torch.zeros(2, 1, requires_grad=True)
x = torch.arange(6.).view(2, 3)
y = x * w + b
print(y)
y.sum().backward()
print(w.grad)
print(b.grad)
s = torch.tensor(2., requires_grad=True)
(x * s).mean().backward()
print(s.grad)
