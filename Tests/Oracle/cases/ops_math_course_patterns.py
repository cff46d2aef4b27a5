# Patterns from course notebooks: an exponential moving average with lerp_, a KL divergence with
# xlogy, log-likelihoods of Poisson counts with lgamma, a probability clamped through logit/sigmoid,
# cleaning a tensor with nan_to_num, and the same in float64.
import torch
import torch.special

torch.manual_seed(0)
w = torch.nn.Parameter(torch.randn(4))
ema = w.detach().clone()
for step in range(3):
    with torch.no_grad():
        w.add_(torch.randn(4) * 0.1)
        ema.lerp_(w, 0.1)
    print(step, ema)

p = torch.tensor([0.1, 0.4, 0.5, 0.0])
q = torch.tensor([0.25, 0.25, 0.25, 0.25], requires_grad=True)
kl = (torch.xlogy(p, p) - torch.xlogy(p, q)).sum()
print("KL:", kl.item())
kl.backward()
print(q.grad)

rate = torch.tensor(2.5, requires_grad=True)
counts = torch.tensor([0.0, 1.0, 3.0, 2.0, 5.0])
loglik = (counts * torch.log(rate) - rate - torch.lgamma(counts + 1)).sum()
print("log-likelihood:", loglik.item(), loglik)
loglik.backward()
print("d/drate:", rate.grad)
print(torch.special.gammaln(counts + 1), torch.lgamma(torch.tensor(5.0)))

probs = torch.tensor([1e-9, 0.3, 0.999999], requires_grad=True)
z = torch.logit(probs, eps=1e-6)
print(z, torch.sigmoid(z))
z.sum().backward()
print(probs.grad)

x = torch.tensor([1.0, float("nan"), float("inf"), -2.0])
print(torch.nan_to_num(x), x.nan_to_num(posinf=9.0), torch.nan_to_num(x.double(), neginf=-1.0))
y = x.clone()
y.nan_to_num_(nan=-1.0, posinf=1.0)
print(y)

d = torch.tensor([0.2, 1.7, 3.0], dtype=torch.float64, requires_grad=True)
out = torch.exp2(d) + torch.atan2(d, torch.ones(3, dtype=torch.float64)) + torch.digamma(d) + torch.acosh(d + 1)
print(out)
out.sum().backward()
print(d.grad)
print(torch.hypot(d, d).detach(), torch.logaddexp(d, -d).detach(), torch.i0(d).detach())
print(torch.copysign(d, -1.0), torch.sinc(d).detach(), torch.frac(d * 3).detach())
