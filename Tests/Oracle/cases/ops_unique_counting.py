# Counting and locating values, as course code does with labels and data: the classes present and
# how many of each, a histogram of weights, binning continuous values into buckets.
import torch

torch.manual_seed(0)
labels = torch.randint(0, 6, (20,))
print(labels)
classes = labels.unique()
print(classes, torch.unique(labels, sorted=True))
vals, inverse, counts = torch.unique(labels, return_inverse=True, return_counts=True)
print(vals, inverse, counts)
print(labels.unique(return_counts=True))
print(torch.unique(labels, sorted=False, return_inverse=True))
print(torch.bincount(labels), labels.bincount(minlength=8))
weights = torch.linspace(0, 1, 20)
print(torch.bincount(labels, weights=weights))
print(torch.bincount(torch.tensor([0, 2, 2]), weights=torch.tensor([1, 2, 3])))
print(torch.bincount(torch.tensor([], dtype=torch.long), minlength=3))

runs = torch.tensor([1, 1, 2, 2, 3, 1, 1, 2])
print(runs.unique_consecutive())
print(torch.unique_consecutive(runs, return_inverse=True, return_counts=True))
print(torch.unique_consecutive(runs, return_counts=True))

f = torch.tensor([2.5, float('nan'), 1., 2.5, float('nan'), -0., 0.])
print(f.unique(), f.unique(return_counts=True))
m = torch.tensor([[1, 2], [3, 4], [1, 2], [0, 9]])
print(torch.unique(m, dim=0), torch.unique(m, dim=0, return_inverse=True, return_counts=True))
print(m.unique(dim=1), torch.unique_consecutive(torch.tensor([[1, 1], [1, 1], [2, 3]]), dim=0))
p = torch.tensor([0.2, 0.7, 0.2], requires_grad=True)
u = p.unique()
print(u, u.grad_fn.name())
try:
    u.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)

w = torch.randn(1000)
h = torch.histc(w, bins=10, min=-3, max=3)
print(h, h.sum())
print(w.histc(bins=5))
print(torch.histc(torch.tensor([1., 2., 1., 2.5, 4.]), bins=4))
print(torch.histc(torch.tensor([2., 2.]), bins=3), torch.histc(torch.tensor([0.1, 0.5, 0.9, 1.0, -1.]), bins=5, min=0, max=1))
print(torch.histc(torch.arange(10, dtype=torch.float64), bins=3))

boundaries = torch.tensor([0.0, 0.25, 0.5, 0.75, 1.0])
x = torch.rand(8)
print(x)
print(torch.bucketize(x, boundaries), torch.bucketize(x, boundaries, right=True))
print(torch.searchsorted(boundaries, x))
s = torch.tensor([[1, 3, 5, 7, 9], [2, 4, 6, 8, 10]])
v = torch.tensor([[3, 6, 9], [3, 6, 9]])
print(torch.searchsorted(s, v), torch.searchsorted(s, v, right=True), torch.searchsorted(s, v, side='right', out_int32=True))
print(torch.searchsorted(torch.tensor([1., 2., 3.]), 2.5), torch.bucketize(2, torch.tensor([1, 2, 3])))
print(torch.bucketize(torch.tensor([[0.5, 3.]]), torch.tensor([1., 2., 3.]), out_int32=True))
for bad in ["torch.bincount(torch.tensor([-1, 1]))", "torch.bincount(torch.tensor([1., 2.]))", "torch.bincount(torch.tensor([[1, 2]]))",
            "torch.histc(torch.tensor([1, 2]))", "torch.histc(torch.tensor([1., 2.]), bins=3, min=2, max=1)",
            "torch.searchsorted(torch.tensor([[1, 2], [3, 4]]), torch.tensor([1, 2, 3]))"]:
    try:
        print(eval(bad))
    except (RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, e)
