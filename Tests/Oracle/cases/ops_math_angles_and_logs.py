# Course-style uses of the elementwise math functions: angles of points with atan2, distances with
# hypot, a numerically stable log-sum of two log-probabilities, entropy terms with xlogy, and their
# gradients.
import torch

# Polar coordinates of a few points, and how the angle changes with each coordinate.
x = torch.tensor([1.0, -1.0, 0.0, -2.0, 3.0], requires_grad=True)
y = torch.tensor([1.0, 1.0, 2.0, -0.5, 0.0], requires_grad=True)
theta = torch.atan2(y, x)
r = torch.hypot(x, y)
print("theta:", theta)
print("degrees:", torch.rad2deg(theta))
print("r:", r)
print(theta.grad_fn.name(), r.grad_fn.name())
(theta.sum() + r.sum()).backward()
print("dx:", x.grad)
print("dy:", y.grad)

# Two log-probabilities combined without overflow.
log_p = torch.tensor([-1000.0, -2.0, 0.5, 30.0], requires_grad=True)
log_q = torch.tensor([-1000.5, -3.0, 0.5, -30.0], requires_grad=True)
naive = torch.log(torch.exp(log_p) + torch.exp(log_q))
stable = torch.logaddexp(log_p, log_q)
print("naive:", naive)
print("stable:", stable, stable.grad_fn.name())
stable.sum().backward()
print(log_p.grad, log_q.grad)
print("base 2:", torch.logaddexp2(torch.tensor([1.0, 10.0]), torch.tensor([1.0, -3.0])))

# Entropy of a distribution with a zero: xlogy treats 0 * log(0) as 0.
p = torch.tensor([0.5, 0.25, 0.25, 0.0], requires_grad=True)
naive_h = -(p * torch.log(p)).sum()
h = -torch.xlogy(p, p).sum()
print("naive entropy:", naive_h, "xlogy entropy:", h)
h.backward()
print("dH/dp:", p.grad)
print(torch.xlogy(2, torch.tensor([1.0, 3.0])), torch.xlogy(torch.tensor([0.0, 2.0]), 3))

# A smooth step between two values.
start = torch.zeros(3)
end = torch.tensor([10.0, -4.0, 1.0])
for t in [0.0, 0.25, 0.5, 1.0]:
    print(t, torch.lerp(start, end, t))
w = torch.tensor([0.1, 0.5, 0.9], requires_grad=True)
mix = torch.lerp(start, end, w)
print(mix, mix.grad_fn.name())
mix.sum().backward()
print("dmix/dw:", w.grad)

# Signs and magnitudes.
v = torch.tensor([-2.5, 0.0, 1.5, -0.0], requires_grad=True)
print(torch.copysign(v, torch.tensor([1.0, -1.0, -1.0, 1.0])))
c = torch.copysign(v, -1)
print(c, c.grad_fn.name())
c.sum().backward()
print(v.grad)
print(torch.sgn(v), torch.signbit(v))
print(torch.heaviside(v.detach(), torch.tensor(0.5)))
