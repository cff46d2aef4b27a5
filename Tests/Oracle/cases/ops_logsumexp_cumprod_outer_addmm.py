# logsumexp (a stable softmax denominator), cumprod (survival products), outer and addmm.
import torch

torch.manual_seed(2)
x = torch.randn(3, 4, requires_grad=True)
lse = torch.logsumexp(x, dim=1)
print(lse, lse.grad_fn.name())
lse.sum().backward()
print(x.grad)
print(x.logsumexp(0, keepdim=True), x.logsumexp((0, 1)))
big = torch.tensor([1000.0, 1000.0, -float('inf')])
print(torch.logsumexp(big, 0), torch.logsumexp(torch.full((2,), -float('inf')), 0))
print(torch.logsumexp(torch.tensor([[1, 2], [3, 4]]), 1))
d = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
torch.logsumexp(d, -1).sum().backward()
print(d.grad)

p = torch.tensor([0.9, 0.8, 0.5, 0.7], requires_grad=True)
surv = p.cumprod(0)
print(surv, surv.grad_fn.name())
(surv * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(p.grad)
z = torch.tensor([[2.0, 0.0, 3.0], [1.5, -1.0, 2.0]], requires_grad=True)
c = torch.cumprod(z, dim=1)
print(c)
c.sum().backward()
print(z.grad)
print(torch.arange(1, 6).cumprod(0), torch.tensor([1, 2, 3]).cumprod(0, dtype=torch.float32))

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = torch.tensor([0.5, -1.0], requires_grad=True)
o = torch.outer(a, b)
print(o, o.grad_fn.name())
o.sum().backward()
print(a.grad, b.grad)

w = torch.randn(4, 2, requires_grad=True)
bias = torch.randn(2, requires_grad=True)
inp = torch.randn(3, 4)
y = torch.addmm(bias, inp, w)
print(y, y.grad_fn.name())
y.sum().backward()
print(w.grad, bias.grad)
print(torch.allclose(y, inp @ w + bias))
for f in [lambda: torch.outer(torch.ones(2, 2), a), lambda: torch.addmm(bias, inp, torch.randn(3, 2))]:
    try:
        f()
    except RuntimeError as err:
        print("RuntimeError:", err)
