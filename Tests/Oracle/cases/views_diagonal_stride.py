# diagonal() is a view: writes through it change the tensor; stride() shows the layout
import torch
a = torch.arange(24.).reshape(2, 3, 4)
d = a.diagonal(offset=1, dim1=1, dim2=2)
print(d, d.is_contiguous(), d.stride())
d.mul_(-1)
print(a)
b = torch.arange(9.).reshape(3, 3).t()
print(b.diagonal(-1), b.diagonal(2), b.diagonal(5), torch.diagonal(b, 0, 1, 0))
e = torch.eye(3)
e.diagonal().fill_(4)
print(e, e.diagonal().sum())
x = torch.randn(3, 3, requires_grad=True)
y = x.diagonal() * 2
y.sum().backward()
print(x.grad)
