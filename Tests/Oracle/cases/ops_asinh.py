# torch.asinh: the inverse hyperbolic sine, as a function, a method and in place, with its gradient.
import torch

x = torch.linspace(-3, 3, 13, requires_grad=True)
y = torch.asinh(x)
print(y)
print(y.grad_fn.name())
y.sum().backward()
print(x.grad)
# every bit: the values as Python floats
print(y.tolist())
print(x.grad.tolist())

# method form inside a small expression; the gradient is 1/sqrt(x^2 + 1)
w = torch.tensor([0.5, -1.5, 10.0, 1e-3], requires_grad=True)
loss = (w.asinh() * w).sum()
loss.backward()
print(loss, w.grad)

# in place on a non-leaf
h = w.detach().clone().requires_grad_() * 2
h.asinh_()
print(h, h.grad_fn.name())

# float64 and integers
d = torch.tensor([-2.0, 0.25, 7.0], dtype=torch.float64, requires_grad=True)
torch.asinh(d).sum().backward()
print(torch.asinh(d), d.grad)
print(torch.asinh(torch.tensor([0, 1, 5])))

# a training loop that fits a with y = asinh(a * x)
torch.manual_seed(0)
xs = torch.randn(32)
ys = torch.asinh(1.7 * xs)
a = torch.zeros(1, requires_grad=True)
for step in range(60):
    pred = torch.asinh(a * xs)
    loss = ((pred - ys) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        a -= 0.5 * a.grad
        a.grad.zero_()
    if step % 20 == 0:
        print(step, loss.item())
print(a)
