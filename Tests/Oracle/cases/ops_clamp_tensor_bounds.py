# clamp / clip with tensor bounds (ClampBackward0): per-element limits, gradients for the bounds too.
import torch

x = torch.tensor([-2.0, -0.5, 0.3, 1.7, 3.0], requires_grad=True)
lo = torch.tensor([-1.0, -1.0, 0.5, 0.0, 0.0], requires_grad=True)
hi = torch.tensor([1.0, 1.0, 1.0, 1.5, 4.0], requires_grad=True)
y = torch.clamp(x, min=lo, max=hi)
print(y)
print(y.grad_fn.name())
(y * torch.arange(1.0, 6.0)).sum().backward()
print(x.grad)
print(lo.grad)
print(hi.grad)

# only a lower bound, broadcast from a row
w = torch.tensor([[0.2, -0.7], [1.5, -3.0]], requires_grad=True)
floor = torch.tensor([0.0, -1.0])
v = w.clamp(min=floor)
print(v, v.grad_fn.name())
v.sum().backward()
print(w.grad)

# clip is the same function; min above max gives max
print(torch.clip(torch.tensor([0.0, 5.0]), torch.tensor([1.0, 3.0]), torch.tensor([2.0, 2.0])))
# a number bound still records ClampBackward1
print(x.clamp(min=0.0).grad_fn.name(), x.clamp(0.0, 1.0).grad_fn.name())

# integer tensor with an integer tensor bound stays integer
print(torch.clamp(torch.tensor([1, 7, -3]), min=torch.tensor([0, 0, 0]), max=torch.tensor([5, 5, 5])))
# float64 bounds promote
print(torch.clamp(torch.tensor([0.25, 2.0]), max=torch.tensor([1.0, 1.0], dtype=torch.float64)))
try:
    torch.clamp(x)
except RuntimeError as err:
    print("RuntimeError:", err)
