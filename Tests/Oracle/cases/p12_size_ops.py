import torch
x = torch.ones(2, 3, 4)
s = x.shape
print(s)
print(s[0] * s[1])
print(len(s))
print(list(s))
print(tuple(s))
print(s[-1])
print(s[1:])
print(x.size(1))
print(x.size(-1))
print(s == (2, 3, 4))
print(torch.Size([2, 3]))
a, b, c = x.shape
print(a, b, c)
print(x.numel(), x.ndim)
