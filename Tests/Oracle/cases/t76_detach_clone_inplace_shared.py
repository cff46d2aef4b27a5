import torch
a = torch.tensor([1., 2., 3., 4.], requires_grad=True)
d = a.detach()
d[0] = 10.
print(a)
c = a.clone()
c2 = c.detach()
c2[1] = -1.
print(c)
v = a.detach().view(2, 2)
v[1, 1] = 0.
print(a)
e = a[1:3].detach().clone()
e.fill_(7)
print(e, a)
f = a.detach()[::2]
f *= 2
print(a, f)
print(a.detach().requires_grad, a.clone().requires_grad, a.detach().clone().is_leaf)
