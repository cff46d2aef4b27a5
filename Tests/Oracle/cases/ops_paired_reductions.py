# Statistics of data and predictions in one call, as notebooks normalise inputs and summarise
# errors: std_mean / var_mean, aminmax for a min-max scaler, NaN-aware sums and means for data with
# missing values, quantiles for robust ranges.
import torch

torch.manual_seed(0)
data = torch.randn(5, 4) * 3 + 1
std, mean = torch.std_mean(data, dim=0)
print(std, mean)
print(torch.var_mean(data))
print(torch.var_mean(data, 1, keepdim=True))
print(torch.std_mean(data, dim=(0, 1), correction=0))
print(torch.var_mean(data, unbiased=False))
print(torch.std_mean(data, 0, True))
x = data.clone().requires_grad_()
s, m = torch.std_mean(x, dim=1)
print(s.grad_fn.name(), m.grad_fn.name(), s.grad_fn is m.grad_fn)
(s.sum() + 2 * m.sum()).backward()
print(x.grad)
x.grad = None
v, m = torch.var_mean(x)
(v * m).backward()
print(v.grad_fn.name(), x.grad)
x.grad = None
v, m = torch.var_mean(x, 0)
v.sum().backward()
print(x.grad)

lo, hi = torch.aminmax(data)
print(lo, hi)
print(data.aminmax(dim=0), torch.aminmax(data, dim=1, keepdim=True))
scaled = (data - lo) / (hi - lo)
print(scaled.min(), scaled.max())
t = torch.tensor([[1., 5., 5.], [0., 2., 0.]], requires_grad=True)
r = t.aminmax()
print(r.min.grad_fn.name())
(r.min + 2 * r.max).backward()
print(t.grad)
t.grad = None
r = t.aminmax(dim=1)
r.max.sum().backward()
print(t.grad)
print(torch.tensor([3, 1, 2]).aminmax())

missing = torch.tensor([[1., float('nan'), 3.], [float('nan'), float('nan'), 6.]], requires_grad=True)
print(missing.nansum(), torch.nansum(missing, dim=0), missing.nansum(1, keepdim=True))
print(missing.nanmean(), torch.nanmean(missing, dim=1), missing.nanmean(0))
total = missing.nansum()
print(total.grad_fn.name(), missing.nanmean().grad_fn.name())
(total + missing.nanmean(dim=1).sum()).backward()
print(missing.grad)
print(torch.tensor([1, 2, 3]).nansum(), torch.nansum(torch.tensor([1, 2]), dtype=torch.float64))

y = torch.tensor([1., 2., 3., 4., 5., 6., 7., 10.], requires_grad=True)
q = y.quantile(0.3)
print(q, q.grad_fn.name())
q.backward()
print(y.grad)
qs = torch.quantile(y, torch.tensor([0.1, 0.5, 0.9]))
print(qs, qs.grad_fn.name())
y.grad = None
qs.sum().backward()
print(y.grad)
print(data.quantile(0.5, dim=0), data.quantile(torch.tensor([0.25, 0.75]), dim=1, keepdim=True))
print(data.quantile(0.5, keepdim=True), torch.quantile(data, 0.9, dim=-1))
print(torch.tensor([1., 2., 3.]).quantile(0.5, interpolation='midpoint'), torch.tensor([1., 2., 3., 4.]).quantile(0.5, interpolation='nearest'))
print(torch.tensor([1., 2., 3., 4.]).quantile(0.4, interpolation='lower'), torch.tensor([1., 2., 3., 4.]).quantile(0.4, interpolation='higher'))
print(torch.tensor([1., 2., 3., 4.]).quantile(torch.tensor([0.4, 0.6]), interpolation='midpoint'))
print(torch.tensor([1., float('nan'), 3.]).quantile(0.5), torch.tensor([1., float('nan'), 3.]).nanquantile(0.5))
print(missing.detach().nanquantile(0.5, dim=1), torch.nanquantile(missing.detach(), torch.tensor([0., 1.]), dim=0))
print(torch.tensor([[0.5, 2.5]], dtype=torch.float64).quantile(0.25, dim=1))
print([round(v, 6) for v in torch.tensor([1., 2., 3., 4., 5., 6., 7., 10.]).quantile(torch.tensor([0.1, 0.3, 0.7, 0.65])).tolist()])
for bad in ["torch.tensor([1, 2]).quantile(0.5)", "torch.tensor([1., 2.]).quantile(1.5)", "torch.tensor([1., 2.]).quantile(0.5, interpolation='cubic')",
            "torch.tensor([1, 2]).nanmean()", "torch.aminmax(torch.tensor([]))", "torch.tensor([1., 2.]).quantile(torch.tensor([0.5], dtype=torch.float64))"]:
    try:
        print(eval(bad))
    except (RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, e)
