# flip, roll, repeat, tril and triu: causal masks and data augmentation.
import torch

x = torch.arange(12.0).reshape(3, 4).requires_grad_()
f = x.flip(0, 1)
print(f, f.grad_fn.name())
print(torch.flip(x, dims=(1,)))
r = x.roll(1, 1)
print(r, r.grad_fn.name())
print(x.roll(1), torch.roll(x, shifts=(1, 2), dims=(0, 1)), x.roll(-1, 0))
t = x.repeat(2, 1)
print(t.shape, t.grad_fn.name())
print(x.repeat(1, 2, 1).shape, torch.arange(3.0).repeat(2), torch.arange(3.0).repeat((2, 2)))
(f * torch.arange(12.0).reshape(3, 4)).sum().backward()
print(x.grad)
x.grad = None
(r.sum(0) * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(x.grad)
x.grad = None
(t * torch.arange(24.0).reshape(6, 4)).sum().backward()
print(x.grad)

# a causal attention mask
T = 4
scores = torch.randn(T, T, generator=torch.Generator().manual_seed(3))
mask = torch.tril(torch.ones(T, T))
att = scores.masked_fill(mask == 0, float('-inf')).softmax(dim=-1)
print(mask)
print(att)
print(x.tril(-1), x.triu(diagonal=2))
print(torch.ones(2, 3, 3).triu().sum(), torch.triu(x, 1).grad_fn.name())
x.grad = None
(x.tril() * 2).sum().backward()
print(x.grad)
m = torch.ones(3, 3)
m.triu_(1)
print(m)
l = torch.full((2, 3), 7)
print(l.tril(), l.dtype)

for fn in [lambda: x.flip(2), lambda: x.flip(0, 0), lambda: x.roll(1, (0, 1)), lambda: x.repeat(2),
           lambda: x.repeat(-1, 1), lambda: torch.arange(3.0).tril()]:
    try:
        fn()
    except (RuntimeError, IndexError) as err:
        print(type(err).__name__, err)
