# Grids and repeats, as course code builds them: a grid of points to draw a decision boundary, all
# pairs of features, upsampling by repeating, batches of indices.
import torch

xs = torch.linspace(-1, 1, 4)
ys = torch.linspace(0, 2, 3)
gx, gy = torch.meshgrid(xs, ys, indexing='ij')
print(gx, gy)
X, Y = torch.meshgrid(xs, ys, indexing='xy')
print(X.shape, Y.shape)
print(X, Y)
points = torch.stack([X.flatten(), Y.flatten()], dim=1)
print(points[:5])
a, b = torch.meshgrid(torch.tensor([1, 2, 3]), torch.tensor([4, 5]))
print(a, b)
print(torch.meshgrid([torch.tensor([1, 2]), torch.tensor([3])], indexing='ij'))
print(torch.meshgrid(torch.tensor(7), torch.tensor([1, 2]), indexing='xy'))

w = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
g1, g2 = torch.meshgrid(w, w[:2], indexing='ij')
print(g1.grad_fn.name(), g2.grad_fn.name())
(g1 * g2).sum().backward()
print(w.grad)

print(torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3, 4, 5])))
print(torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([0]), torch.tensor([7, 8])))
print(torch.cartesian_prod(torch.tensor([1, 2, 3])))
c = torch.cartesian_prod(w, w)
print(c.grad_fn.name())
print(torch.combinations(torch.tensor([1, 2, 3, 4])))
print(torch.combinations(torch.tensor([1, 2, 3]), r=3, with_replacement=True))
print(torch.combinations(torch.tensor([1., 2., 3.]), with_replacement=True))
print(torch.combinations(torch.tensor([1, 2]), r=0), torch.combinations(torch.tensor([1, 2]), r=3))
w.grad = None
pairs = torch.combinations(w)
print(pairs, pairs.grad_fn.name())
pairs.prod(dim=1).sum().backward()
print(w.grad)

img = torch.arange(6.).reshape(2, 3)
print(img.repeat_interleave(2), img.repeat_interleave(2, dim=0), img.repeat_interleave(3, dim=1))
print(torch.repeat_interleave(img, torch.tensor([1, 2]), dim=0))
print(img.repeat_interleave(torch.tensor([2, 0, 1]), dim=-1))
print(torch.repeat_interleave(torch.tensor([2, 1, 3])))
print(torch.repeat_interleave(torch.tensor([1, 2]), 3, output_size=6))
print(torch.tensor(5).repeat_interleave(3), torch.tensor([4]).repeat_interleave(torch.tensor([2])))
w.grad = None
r = w.repeat_interleave(2)
print(r, r.grad_fn.name())
r2 = w.repeat_interleave(torch.tensor([1, 0, 3]))
print(r2, r2.grad_fn.name())
(r * torch.arange(6.)).sum().backward()
r2.sum().backward()
print(w.grad)
for bad in ["torch.repeat_interleave(torch.tensor([1, 2]), torch.tensor([1, 2, 3]))", "torch.repeat_interleave(torch.tensor([1, 2]), -1)",
            "torch.meshgrid(torch.tensor([1, 2]), indexing='foo')", "torch.combinations(torch.ones(2, 2))",
            "torch.cartesian_prod(torch.ones(2, 2))"]:
    try:
        print(eval(bad))
    except RuntimeError as e:
        print("RuntimeError:", e)
