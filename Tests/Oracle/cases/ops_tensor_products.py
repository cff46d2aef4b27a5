# Products and distances as course code uses them: tensordot and einsum-like contractions, Kronecker
# products, cross products of 3-vectors, pairwise distances for k-nearest neighbours, covariance and
# correlation matrices of features, matrix norms for weight regularisation.
import torch

torch.manual_seed(0)
a = torch.randn(2, 3, 4, requires_grad=True)
b = torch.randn(3, 4, 5, requires_grad=True)
r = torch.tensordot(a, b, dims=2)
print(r, r.grad_fn.name())
r.sum().backward()
print(a.grad[0], b.grad[:, :, 0])
print(torch.tensordot(a, b, dims=([1, 2], [0, 1])).shape, torch.tensordot(a, b, dims=([1], [0])).shape)
print(torch.tensordot(torch.arange(6.).reshape(2, 3), torch.arange(6.).reshape(3, 2), dims=1))
print(torch.tensordot(torch.tensor([1., 2.]), torch.tensor([3., 4.]), dims=0))
print(torch.tensordot(torch.ones(2, 1, 3), torch.ones(4, 3), dims=([1, 2], [0, 1])))

v = torch.tensor([1., 2., 3.], requires_grad=True)
w = torch.tensor([4., 5., 6.], requires_grad=True)
i = torch.inner(v, w)
print(i, i.grad_fn.name(), torch.inner(torch.arange(4.).reshape(2, 2), torch.eye(2)), v.inner(torch.tensor(2.)))
vd = torch.vdot(v, w)
print(vd, vd.grad_fn.name())
(i + 2 * vd).backward()
print(v.grad, w.grad)

m = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
k = torch.kron(m, torch.eye(2))
print(k, k.grad_fn.name())
k.sum().backward()
print(m.grad)
print(torch.kron(torch.tensor([1, 2]), torch.tensor([[1, 10], [100, 1000]])), torch.tensor([1., -1.]).kron(torch.tensor([2., 3.])))

v.grad = None
w.grad = None
c = torch.linalg.cross(v, w)
print(c, c.grad_fn.name())
(c * torch.tensor([1., 2., 3.])).sum().backward()
print(v.grad, w.grad)
print(torch.cross(torch.eye(3), torch.ones(3, 3), dim=1), v.cross(w, dim=0))
print(torch.linalg.cross(torch.tensor([[1, 0, 0]]), torch.tensor([[0, 1, 0], [0, 0, 1]])))
print(torch.cross(torch.randn(2, 3), torch.randn(2, 3)))

x = torch.tensor([[0., 0.], [3., 4.], [1., -1.]], requires_grad=True)
y = torch.tensor([[1., 1.], [0., 0.]])
d = torch.cdist(x, y)
print(d, d.grad_fn.name())
d.sum().backward()
print(x.grad)
x.grad = None
d1 = torch.cdist(x, y, p=1)
print(d1)
d1.sum().backward()
print(x.grad)
print(torch.cdist(x, y, p=float('inf')), torch.cdist(x, y, p=0), torch.cdist(x, y, p=3))
pts = torch.randn(30, 3, requires_grad=True)
cent = torch.randn(4, 3)
dist = torch.cdist(pts, cent)
print(dist[:3], dist.grad_fn.name())
nearest = dist.argmin(dim=1)
print(nearest)
dist.min(dim=1).values.sum().backward()
print(pts.grad[:3])

feats = torch.tensor([[0., 1., 2., 4.], [2., 1., 0.5, 0.], [1., 3., 2., 7.]], requires_grad=True)
cv = torch.cov(feats)
print(cv, cv.grad_fn.name())
cc = torch.corrcoef(feats)
print(cc, cc.grad_fn.name())
(cv.sum() + cc.sum()).backward()
print(feats.grad)
print(feats.cov(correction=0), torch.cov(torch.tensor([1., 2., 4.])), torch.corrcoef(torch.tensor([1., 2., 4.])), torch.cov(torch.tensor([1, 2, 4])))
print(torch.cov(feats.T).shape)

W = torch.tensor([[1., -2., 3.], [-4., 5., -6.]], requires_grad=True)
n = torch.linalg.norm(W)
print(n, n.grad_fn.name())
print(torch.linalg.norm(W, ord='fro'), torch.linalg.norm(W, ord=1), torch.linalg.norm(W, ord=float('inf')), torch.linalg.norm(W, ord=-1))
print(torch.linalg.matrix_norm(W), torch.linalg.matrix_norm(W, ord=1), torch.linalg.matrix_norm(W, ord=-float('inf')))
print(torch.linalg.norm(W, dim=1), torch.linalg.norm(W, ord=1, dim=0), torch.linalg.norm(W.flatten(), ord=3))
print(torch.linalg.matrix_norm(torch.ones(2, 2, 3), ord=1), torch.linalg.matrix_norm(torch.ones(2, 2, 3), dim=(0, 2), keepdim=True).shape)
mn = torch.linalg.matrix_norm(W, ord=1)
print(mn.grad_fn.name())
(mn + torch.linalg.norm(W, ord=float('inf'))).backward()
print(W.grad)
print(torch.linalg.vecdot(v, w))
for bad in ["torch.cdist(torch.ones(2, 3), torch.ones(2, 4))", "torch.tensordot(torch.ones(2, 3), torch.ones(4, 5), dims=1)",
            "torch.vdot(torch.ones(2), torch.ones(3))", "torch.vdot(torch.ones(2, 2), torch.ones(2, 2))", "torch.cov(torch.ones(2, 2, 2))",
            "torch.inner(torch.ones(2), torch.ones(3))", "torch.linalg.cross(torch.ones(2), torch.ones(2))", "torch.cross(torch.ones(2, 2), torch.ones(2, 2), dim=1)",
            "torch.linalg.norm(torch.ones(2, 2, 2), ord=2)", "torch.linalg.matrix_norm(torch.ones(3))"]:
    try:
        print(eval(bad))
    except RuntimeError as e:
        print("RuntimeError:", e)
fw = torch.tensor([1, 2, 1, 3])
aw = torch.tensor([0.5, 1., 2., 1.])
feats.grad = None
c1 = torch.cov(feats, fweights=fw)
print(c1, torch.cov(feats, aweights=aw), torch.cov(feats, fweights=fw, aweights=aw, correction=0))
c1.sum().backward()
print(feats.grad)
for bad in ["torch.cov(feats, fweights=torch.tensor([1., 2., 1., 3.]))", "torch.cov(feats, aweights=torch.tensor([1, 2, 1, 3]))",
            "torch.cov(feats, fweights=torch.tensor([1, -2, 1, 3]))", "torch.cov(feats, fweights=torch.tensor([1, 2]))", "torch.cov(feats, aweights=torch.zeros(4))"]:
    try:
        print(eval(bad))
    except RuntimeError as e:
        print("RuntimeError:", e)
