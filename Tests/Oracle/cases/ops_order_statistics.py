# Order statistics as course notebooks use them: robust statistics of predictions (median, k-th
# value), the most common class, running best losses, a stable running log-sum-exp.
import torch

torch.manual_seed(0)
scores = torch.randn(3, 7, requires_grad=True)
kv = scores.kthvalue(3, dim=1)
print(kv)
print(kv.values.grad_fn.name(), kv.indices.dtype)
med = scores.median(dim=1)
print(med.values, med.indices)
vals, idx = torch.median(scores, 0, keepdim=True)
print(vals.shape, idx)
(kv.values.sum() + med.values.sum() * 2 + vals.sum()).backward()
print(scores.grad)

ties = torch.tensor([[3., 1., 4., 1., 5., 9., 2., 6.], [2., 7., 1., 8., 2., 8., 1., 8.]])
print(ties.kthvalue(2), ties.kthvalue(1, dim=0))
print(torch.kthvalue(ties, 5, 1, True))
print(ties.median(1), ties.median(dim=-1, keepdim=True).indices)
print(ties.mode(), ties.mode(dim=0))
print(torch.mode(torch.tensor([1, 2, 2, 3, 3, 3, 2, 1])))

torch.manual_seed(1)
labels = torch.randint(0, 5, (3, 40))
print(labels.mode(dim=1))
print(labels.kthvalue(20, dim=1))
print(labels.median(dim=1))
big = torch.randint(0, 4, (100,)).float()
print(big.mode(), big.kthvalue(50), big.median(0))

nan = torch.tensor([[1., float('nan'), 3., 2.], [float('nan'), float('nan'), 5., 4.], [float('nan')] * 4])
print(nan.median(dim=1))
print(nan.nanmedian(dim=1))
print(nan.nanmedian(), nan.median(), nan[0].nanmedian())
w = torch.tensor([1., float('nan'), 3., 2., 3.], requires_grad=True)
m = w.nanmedian()
m.backward()
print(m, m.grad_fn.name(), w.grad)
w.grad = None
r = w.nanmedian(0)
r.values.backward()
print(r, w.grad)

losses = torch.tensor([2.5, 1.9, 2.1, 1.4, 1.4, 1.6, 0.9], requires_grad=True)
best = losses.cummin(dim=0)
print(best)
worst = torch.cummax(losses, 0)
print(worst.values, worst.indices)
(best.values.sum() + worst.values.sum()).backward()
print(losses.grad)
print(torch.tensor([1., float('nan'), 0., float('nan'), 5.]).cummax(0))
print(torch.tensor([[3, 1], [1, 4], [5, 1]]).cummin(dim=0))

logits = torch.tensor([[0.5, -1.0, 2.0, 3.0], [100., 100., -100., 0.]], requires_grad=True)
lc = logits.logcumsumexp(dim=1)
print(lc, lc.grad_fn.name())
(lc * torch.tensor([1., -2., 0.5, 1.])).sum().backward()
print(logits.grad)
print(torch.logcumsumexp(torch.tensor([float('-inf'), float('-inf'), 0.]), 0))
print(torch.logcumsumexp(torch.arange(6.).reshape(2, 3), dim=0))
print(torch.tensor([1., 2.], dtype=torch.float64).logcumsumexp(0))
for bad in ["ties.kthvalue(9)", "ties.median(dim=2)", "torch.tensor([]).mode()", "torch.tensor([1, 2]).logcumsumexp(0)"]:
    try:
        eval(bad)
    except (RuntimeError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
