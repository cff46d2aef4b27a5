# Special functions as course notebooks use them: exp2, lgamma/digamma (log-likelihoods of counts),
# inverse hyperbolics, sinc, logit with eps, nan_to_num, and their in-place forms and dtypes.
import torch
import math

n = torch.tensor([1.0, 2.0, 5.0, 10.0, 0.5], requires_grad=True)
log_fact = torch.lgamma(n + 1)
print("log n!:", log_fact)
print([round(math.lgamma(v + 1), 4) for v in [1.0, 2.0, 5.0, 10.0, 0.5]])
log_fact.sum().backward()
print("d/dn:", n.grad)
print("digamma:", torch.digamma(n.detach()))

bits = torch.arange(-3, 4)
print(torch.exp2(bits), torch.exp2(bits.float()))
z = torch.tensor([0.5, 1.5, -2.0], requires_grad=True)
e = torch.exp2(z)
e.sum().backward()
print(e, z.grad)

a = torch.tensor([1.0, 1.5, 3.0], requires_grad=True)
b = torch.acosh(a)
print(b, b.grad_fn.name())
b.sum().backward()
print(a.grad)
c = torch.tensor([-0.9, 0.0, 0.5], requires_grad=True)
d = torch.arctanh(c)
d.sum().backward()
print(d, c.grad)

s = torch.linspace(-2, 2, 9, requires_grad=True)
y = torch.sinc(s)
print(y)
y.sum().backward()
print(s.grad)

probs = torch.tensor([0.0, 0.1, 0.5, 0.9, 1.0], requires_grad=True)
print(torch.logit(probs))
l = torch.logit(probs, eps=1e-6)
print(l, l.grad_fn.name())
l.sum().backward()
print(probs.grad)
print(torch.sigmoid(torch.logit(torch.tensor([0.2, 0.7]))))

raw = torch.tensor([float("nan"), float("inf"), -float("inf"), 2.5], requires_grad=True)
clean = torch.nan_to_num(raw, nan=0.0, posinf=100.0)
print(clean)
(clean * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(raw.grad)
print(torch.nan_to_num(torch.tensor([float("nan"), float("inf")])))

angles = torch.tensor([0.0, 90.0, 180.0, 270.0])
print(torch.deg2rad(angles), torch.rad2deg(torch.deg2rad(angles)))
print(torch.frac(torch.tensor([3.75, -1.25, 2.0])))

t = torch.tensor([0.25, 0.5, 4.0])
t.exp2_()
print(t)
t.frac_()
print(t)
u = torch.tensor([1.0, 2.0])
u.lerp_(torch.tensor([3.0, 6.0]), 0.5)
print(u)
print(torch.float_power(torch.tensor([2, 3]), 2), torch.float_power(torch.tensor([4.0]), 0.5))
print(torch.where(torch.tensor([[0.0, 1.5], [2.0, 0.0]]) > 1))
print(torch.isin(torch.tensor([1, 2, 3, 4]), torch.tensor([2, 4, 6])))
print(torch.isin(torch.tensor([1, 2, 3, 4]), torch.tensor([2, 4, 6]), invert=True))
try:
    torch.frac(torch.tensor([1, 2]))
except NotImplementedError as err:
    print("NotImplementedError:", err)
try:
    torch.atan2(torch.tensor([1.0]), 2.0)
except TypeError as err:
    print("TypeError:", err)
torch.hypot(torch.tensor([3]), torch.tensor([4]))
