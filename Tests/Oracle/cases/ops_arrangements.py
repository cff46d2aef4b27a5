# Arranging and indexing slices as course code does: rotating images for augmentation, splitting a
# dataset into folds, message passing with index_add_, the upper triangle of a distance matrix,
# filtering labels with isin, histograms of activations, integrating with the trapezoid rule, a
# Markov chain's n-step transition matrix.
import torch

img = torch.arange(12.).reshape(3, 4).requires_grad_()
r = torch.rot90(img)
print(r, r.grad_fn.name())
print(img.rot90(2), torch.rot90(img, -1, [0, 1]), torch.rot90(img, 3, (1, 0)).shape, torch.rot90(img, 4).grad_fn.name())
batch = torch.arange(24.).reshape(2, 3, 4)
print(torch.rot90(batch, 1, [1, 2]).shape, torch.rot90(batch, 1, [1, 2])[0])
(r * torch.arange(12.).reshape(4, 3)).sum().backward()
print(img.grad)
print(torch.equal(torch.flip(img.detach(), [1]).rot90(), img.detach().rot90().flip(0)))

data = torch.arange(10.)
folds = torch.tensor_split(data, 3)
print(folds, folds[0].grad_fn)
print(torch.tensor_split(data, [2, 5, 20]), torch.tensor_split(torch.arange(12).reshape(3, 4), 3, dim=1))
print(data.tensor_split(torch.tensor([3, 7])))
print(torch.hsplit(torch.arange(12).reshape(3, 4), 2), torch.vsplit(torch.arange(12).reshape(4, 3), [1, 3]))
print(torch.hsplit(torch.arange(6), 3), torch.dsplit(torch.arange(8).reshape(1, 2, 4), 2)[1])
w = torch.ones(3, requires_grad=True)
parts = torch.tensor_split(w * 2, 2)
print(parts[0].grad_fn.name(), parts[1])

edges_src = torch.tensor([0, 1, 2, 2, 3])
edges_dst = torch.tensor([1, 2, 0, 1, 1])
h = torch.tensor([[1., 0.], [0., 1.], [1., 1.], [2., -1.]], requires_grad=True)
msg = h[edges_src] * 0.5
agg = torch.zeros(4, 2).index_add(0, edges_dst, msg)
print(agg, agg.grad_fn.name())
agg.pow(2).sum().backward()
print(h.grad)
out = torch.zeros(4, 2)
out.index_add_(0, edges_dst, msg.detach(), alpha=2)
print(out)
print(torch.index_add(torch.ones(2, 3), 1, torch.tensor([2, 0]), torch.tensor([[10., 20.], [30., 40.]])))
mask = torch.zeros(3, 4)
print(mask.index_fill(1, torch.tensor([0, 3]), -1.), mask.index_fill_(0, torch.tensor([1]), 5), mask)
print(torch.zeros(4, 2).index_copy(0, torch.tensor([3, 0]), torch.tensor([[1., 2.], [3., 4.]])))
v = torch.tensor([[1., 2.], [3., 4.], [5., 6.]], requires_grad=True)
s = torch.ones(2, 2, requires_grad=True)
c = v.index_copy(0, torch.tensor([2, 0]), s * 3)
print(c, c.grad_fn.name())
c.sum().backward()
print(v.grad, s.grad)
f = v.index_fill(0, torch.tensor([1]), 0.)
print(f.grad_fn.name())

pts = torch.tensor([[0., 0.], [3., 4.], [6., 8.], [1., 1.]])
d = torch.cdist(pts, pts)
i, j = torch.triu_indices(4, 4, offset=1)
print(i, j, d[i, j])
print(torch.tril_indices(3, 3), torch.tril_indices(2, 3, -1), torch.triu_indices(4, 3, -1), torch.tril_indices(3, 2, 1))

labels = torch.tensor([0, 3, 1, 4, 3, 2, 0])
keep = torch.isin(labels, torch.tensor([0, 3]))
print(keep, labels[keep], torch.isin(labels, torch.tensor([1, 2]), invert=True))
print(torch.isin(torch.tensor([1., 2., float('nan')]), torch.tensor([2., float('nan')])), torch.isin(torch.tensor([1, 2]), 2))

torch.manual_seed(0)
acts = torch.randn(200)
hist, bin_edges = torch.histogram(acts, bins=5)
print(hist, bin_edges)
print(torch.histogram(acts, bins=4, range=(-2., 2.), density=True))
print(torch.histogram(torch.tensor([1., 2., 1.]), torch.tensor([0., 1.5, 3.])))
print(torch.histogram(torch.tensor([1., 2., 1.]), bins=2, weight=torch.tensor([1., 2., 3.])))
print(torch.histogram(torch.tensor([2., 2.]), bins=2))

xs = torch.linspace(0, 3.14159, 50)
ys = torch.sin(xs)
print(torch.trapezoid(ys, xs), torch.trapz(ys, xs), torch.trapezoid(ys, dx=xs[1] - xs[0]))
yy = torch.tensor([[1., 2., 3.], [4., 5., 7.]], requires_grad=True)
area = torch.trapezoid(yy)
print(area, area.grad_fn.name(), torch.trapezoid(yy, dim=0), torch.trapezoid(yy, torch.tensor([0., 1., 3.])))
area.sum().backward()
print(yy.grad, torch.cumulative_trapezoid(torch.tensor([1., 2., 3., 5.])), torch.cumulative_trapezoid(yy.detach(), dx=2.))

P = torch.tensor([[0.9, 0.1], [0.5, 0.5]], requires_grad=True)
P10 = torch.linalg.matrix_power(P, 10)
print(P10, P10.grad_fn.name(), torch.matrix_power(P, 2), P.matrix_power(1).grad_fn.name())
P10.sum().backward()
print(P.grad)
print(torch.linalg.matrix_power(torch.tensor([[2., 0.], [0., 4.]]), -2), torch.linalg.matrix_power(torch.tensor([[1, 1], [1, 0]]), 7))

print(torch.block_diag(torch.ones(2, 2), torch.tensor([[5.]]), torch.tensor([7., 8.])), torch.block_diag(torch.tensor(3), torch.tensor([[1, 2]])))
A = torch.eye(2, requires_grad=True)
bd = torch.block_diag(A, 2 * A)
print(bd.grad_fn.name())
bd.sum().backward()
print(A.grad)
print(torch.diag_embed(torch.tensor([[1., 2.], [3., 4.]])), torch.diag_embed(torch.tensor([1., 2.]), offset=-1), torch.diagflat(torch.tensor([[1, 2], [3, 4]])))
print(torch.atleast_1d(torch.tensor(1.)), torch.atleast_2d(torch.tensor([1, 2])), torch.atleast_3d(torch.ones(2, 2)).shape, torch.atleast_2d(torch.tensor(1.), torch.tensor([1.])))
print(torch.atleast_3d(torch.tensor([1, 2])).shape, torch.atleast_1d([torch.tensor(1), torch.tensor([2, 3])]))
for bad in ["torch.rot90(torch.ones(3), 1)", "torch.rot90(img, 1, [0, 0])", "torch.hsplit(torch.ones(3, 4), 3)", "torch.vsplit(torch.ones(4), 2)",
            "torch.zeros(3).index_add(0, torch.tensor([5]), torch.ones(1))", "torch.linalg.matrix_power(torch.ones(2, 3), 2)",
            "torch.block_diag(torch.ones(2, 2, 2))", "torch.tensor_split(torch.ones(3), 0)", "torch.histogram(torch.tensor([1, 2]))"]:
    try:
        print(eval(bad))
    except (RuntimeError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
