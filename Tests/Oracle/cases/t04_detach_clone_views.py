import torch
w = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
row = w[0]
print(row)
d = w[1].detach()
print(d, d.requires_grad, d.is_leaf)
c = w[:, 1].clone()
print(c)
print(c.grad_fn.name())
e = w.detach()[0]
e.add_(10)
print(e)
print(w)
f = w.T.clone()
print(f)
g = w.detach().clone()[1:]
g *= -1
print(g)
print(w.detach().T)
s = (w[0] * 2).detach().sum()
print(s)
