import math
import torch

# The error function family as the normal CDF and its inverse (probit) are written in course code.
x = torch.linspace(-2.5, 2.5, 11, requires_grad=True)
cdf = 0.5 * (1 + torch.erf(x / math.sqrt(2)))
print(cdf)
print(torch.erfc(x))
cdf.sum().backward()
print(x.grad)

p = torch.tensor([0.001, 0.1, 0.5, 0.9, 0.975, 0.999], requires_grad=True)
z = math.sqrt(2) * torch.erfinv(2 * p - 1)
print(z)
z.sum().backward()
print(p.grad)
print(torch.erfinv(torch.tensor([-1.0, 1.0, 0.0, 1.5])), torch.erf(torch.tensor([0, 1, 2])))
d = torch.tensor([0.3, -0.7, 0.95], dtype=torch.float64)
print(d.erf(), d.erfc(), d.erfinv(), torch.erf(d.erfinv()))
y = torch.erfc(x)
print(y.grad_fn.name(), torch.erfinv(p).grad_fn.name())
