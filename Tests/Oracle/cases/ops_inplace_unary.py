# The in-place forms of the elementwise functions: sin_, exp_, ... keep autograd like PyTorch.
import torch

x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
h = x * 2
h.sin_()
print(h, h.grad_fn.name())
h.sum().backward()
print(x.grad)

names = ["sin", "cos", "exp", "log", "tanh", "sigmoid", "relu", "sqrt", "abs", "neg", "reciprocal",
         "floor", "ceil", "round", "trunc", "sign", "tan", "atan", "sinh", "cosh",
         "log1p", "expm1", "log2", "log10", "rsqrt", "square"]
base = torch.tensor([0.3, 0.75, 1.25])
for name in names:
    w = base.clone().requires_grad_()
    y = w * 1.0
    r = getattr(y, name + "_")()
    print(name, r is y, y.grad_fn.name(), y.detach())
    y.sum().backward()
    print("   grad", w.grad)

for name in ["asin", "acos"]:
    v = torch.tensor([0.1, -0.4]).clone()
    getattr(v, name + "_")()
    print(name, v)

# no grad: plain values written in place
u = torch.tensor([1.0, 4.0, 9.0])
u.sqrt_().exp_()
print(u)
c = torch.tensor([-1.0, 0.5, 3.0])
c.clamp_(0.0, 1.0)
print(c)
d = torch.tensor([-1.0, 0.5, 3.0], requires_grad=True)
e = d + 0
e.clamp_(min=0.0)
print(e.grad_fn.name())
e.clamp_max_(2.0)
print(e.grad_fn.name())

# a leaf that requires grad may not change in place
try:
    x.exp_()
except RuntimeError as err:
    print("RuntimeError:", err)
# an integer tensor cannot hold a floating result
try:
    torch.tensor([1, 2]).sin_()
except RuntimeError as err:
    print("RuntimeError:", err)
print(torch.tensor([-3, 2]).abs_(), torch.tensor([-3, 2]).neg_())
f = torch.tensor([0.25, 4.0], dtype=torch.float64)
f.log2_()
print(f)
