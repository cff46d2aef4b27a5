# Ordering and selection, as course notebooks use them: ranking predictions, picking the top classes,
# finding where a mask is true, reading a matrix's diagonal.
import torch

torch.manual_seed(0)
scores = torch.randn(4, 5, requires_grad=True)
vals, idx = scores.sort(dim=1, descending=True)
print(vals, idx)
print(scores.argsort(dim=0))
top = scores.topk(2, dim=1)
print(top.values, top.indices)
(top.values.sum() + vals[:, 0].sum()).backward()
print(scores.grad)

x = torch.tensor([3., 1., 3., float('nan'), 1., 2., -0., 0.])
print(x.sort())
print(x.sort(descending=True).indices)
print(torch.sort(x, stable=True).values)
print(x.msort() if x.dim() > 0 else None)

u = torch.tensor([3., 1., 3., 1., 2., 2.], requires_grad=True)
m = u.median()
m.backward()
print(m, u.grad)
u.grad = None
u.amax().backward()
print(u.grad)

w = torch.tensor([[1., 5., 5.], [4., 2., 4.]], requires_grad=True)
a = w.amax(dim=1)
print(a, w.amin(dim=0, keepdim=True), torch.amax(w, dim=(0, 1)))
a.sum().backward()
print(w.grad)

m2 = torch.tensor([[0., 1.5, 0.], [2., 0., -1.]])
print(m2.nonzero())
print(torch.nonzero(m2, as_tuple=True))
print(torch.argwhere(m2 > 0))
print(m2.count_nonzero(), torch.count_nonzero(m2, dim=1))
print(m2[m2 != 0], m2.masked_select(m2 > 0))

sq = torch.arange(16.).reshape(4, 4).requires_grad_()
d = sq.diagonal()
print(d, sq.diagonal(1), sq.diagonal(-2), torch.diagonal(sq, offset=0, dim1=1, dim2=0))
tr = sq.trace()
tr.backward()
print(tr, sq.grad)
print(torch.arange(9).reshape(3, 3).trace())
print(sq.take(torch.tensor([[0, 5], [10, 15]])))
print(torch.take_along_dim(sq, sq.argsort(dim=1, descending=True), dim=1))

b = torch.arange(24.).reshape(2, 3, 4)
print(b.narrow(2, 1, 2).shape, b.narrow(0, -1, 1))
print(torch.hstack([torch.ones(2), torch.zeros(3)]), torch.vstack([torch.ones(2), torch.zeros(2)]))
print(torch.column_stack([torch.arange(3), torch.arange(3) * 10]))
print(torch.dstack([torch.ones(2, 2), torch.zeros(2, 2)]).shape)
print(torch.ones(2, 3).tile((2,)).shape, torch.arange(3).tile((2, 2)))
print(b.swapaxes(0, 2).shape, b.movedim(0, -1).shape, torch.moveaxis(b, (0, 1), (2, 0)).shape)
print(b.ravel()[:5], torch.arange(3.).broadcast_to(2, 3))
print(torch.arange(6).reshape(2, 3).fliplr(), torch.arange(6).reshape(2, 3).flipud())
t = torch.tensor([1., 4., 9., 16.], requires_grad=True)
dd = t.diff()
print(dd, t.diff(n=2), torch.diff(torch.arange(12.).reshape(3, 4), dim=0))
dd.sum().backward()
print(t.grad)
print(torch.divide(t, 2), torch.subtract(t, 1, alpha=2), torch.true_divide(torch.tensor([3]), 2))
print(torch.logical_and(m2 > 0, m2 < 2), torch.logical_or(m2, torch.zeros(3)), torch.logical_not(m2), torch.logical_xor(m2 > 0, m2 >= 0))
print(torch.isclose(torch.tensor([1.0, 1.0001, float('nan')]), torch.tensor([1.0, 1.0, float('nan')])))
print(torch.isclose(torch.tensor([1.0, float('nan')]), torch.tensor([1.0001, float('nan')]), rtol=1e-3, equal_nan=True))
print(torch.gt(t, 5), torch.less_equal(t, 4), torch.eq(t, 9))
p = torch.randn(2, 3, 4, requires_grad=True)
q = torch.randn(2, 4, 2, requires_grad=True)
r = torch.bmm(p, q)
print(r.shape, r.grad_fn.name())
r.sum().backward()
print(q.grad)
try:
    torch.bmm(p, torch.randn(2, 3, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    scores.topk(9)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    m2.masked_select(torch.ones(2, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.ones(2, 3, 4).trace()
except RuntimeError as e:
    print("RuntimeError:", e)
