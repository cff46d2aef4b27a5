# einsum as course notebooks write it: matrix products, row-wise dots, transposes, traces.
import torch

torch.manual_seed(4)
a = torch.randn(3, 4, requires_grad=True)
b = torch.randn(5, 4, requires_grad=True)
s = torch.einsum('ij,kj->ik', a, b)
print(s, s.grad_fn.name())
print(torch.allclose(s, a @ b.T))
s.sum().backward()
print(a.grad)
print(b.grad)

c = torch.randn(3, 4)
d = torch.einsum('ij,ij->i', a, c)
print(d, d.grad_fn.name())
print(torch.einsum('ij,jk', a, torch.randn(4, 2)).shape)
q = torch.randn(2, 3, 4)
k = torch.randn(2, 5, 4)
att = torch.einsum('bqd,bkd->bqk', q, k)
print(att.shape, torch.allclose(att, q @ k.transpose(1, 2)))
print(torch.einsum('i,j->ij', torch.arange(3.0), torch.arange(2.0)))
print(torch.einsum('i,i->', torch.arange(3.0), torch.arange(3.0)))

m = torch.arange(9.0).reshape(3, 3).requires_grad_()
print(torch.einsum('ii->i', m))
print(torch.einsum('ii', m))
t = torch.einsum('ij->ji', m)
print(t, t.grad_fn.name())
print(torch.einsum('ij->', m), torch.einsum('ij->j', m))
torch.einsum('ii->', m).backward()
print(m.grad)
for f in [lambda: torch.einsum('ij,jk->ik', a, b), lambda: torch.einsum('ij->k', m), lambda: torch.einsum('ijk->i', m)]:
    try:
        f()
    except RuntimeError as err:
        print("RuntimeError:", err)
