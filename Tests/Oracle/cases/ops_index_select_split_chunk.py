# index_select picks rows, split / chunk cut a batch into pieces (views that share the gradient).
import torch

torch.manual_seed(1)
emb = torch.randn(5, 3, requires_grad=True)
idx = torch.tensor([4, 0, 4])
rows = emb.index_select(0, idx)
print(rows, rows.grad_fn.name())
rows.sum().backward()
print(emb.grad)
cols = torch.index_select(emb, 1, torch.tensor([2, 0]))
print(cols.shape, torch.index_select(emb, 0, torch.tensor(1)).shape)
print(emb.index_select(0, torch.tensor([1, 2], dtype=torch.int32)))

x = torch.arange(10.0).reshape(2, 5).requires_grad_()
parts = x.split(2, dim=1)
print(len(parts), [p.shape for p in parts])
print(parts[2], parts[2].grad_fn.name())
a, b = torch.split(x, [3, 2], dim=1)
print(a, b.grad_fn.name())
(parts[0].sum() * 2 + b.sum() * 3).backward()
print(x.grad)

c = torch.arange(7.0).chunk(3)
print(c)
print(torch.chunk(torch.arange(6.0).reshape(3, 2), 2, dim=0))
q, k, v = torch.randn(2, 6).chunk(3, dim=-1)
print(q.shape, k.shape, v.shape)

# views: they follow the base
base = torch.zeros(4)
first, second = base.split(2)
base[1] = 5.0
print(first, second)

y = torch.arange(6.0, requires_grad=True) * 1
p0, p1 = y.split(3)
try:
    p0.mul_(2)
    p0.sum().backward()
except RuntimeError as err:
    print("RuntimeError:", err)

for f in [lambda: emb.index_select(0, torch.tensor([5])),
          lambda: emb.index_select(0, torch.tensor([[0]])),
          lambda: emb.index_select(0, torch.tensor([1.0])),
          lambda: emb.index_select(2, torch.tensor([0])),
          lambda: x.split([2, 2], dim=1),
          lambda: x.chunk(0)]:
    try:
        f()
    except (RuntimeError, IndexError, TypeError) as err:
        print(type(err).__name__, err)
