# Remainders and rounded division, as a learner meets them binning values or counting full batches.
import torch
t = torch.tensor([-3., -1.5, 0., 2.5, 7.], requires_grad=True)
print(t % 2, t // 2, (t % 2).grad_fn.name())
print(torch.fmod(t, 2), t.remainder(2), torch.remainder(t, torch.tensor(-2.)), t.fmod(torch.full((5,), 1.5)))
print(t.div(2, rounding_mode='floor'), torch.div(t, 2, rounding_mode='trunc'), torch.floor_divide(t, 2))
print(torch.tensor(1.) // 0.1, torch.tensor([-0.5, 0.5, 7.]) // torch.tensor([float('inf'), -1., 0.]), torch.tensor([1.]).div(0.1, rounding_mode='floor'))
print(torch.tensor([7, -7]).div(2, rounding_mode='trunc'), torch.tensor([7, -7]).div(2, rounding_mode='floor'), torch.tensor([7, -7]).fmod(3), torch.fmod(torch.tensor([5]), 0.5))
w = torch.tensor([5., -7.], requires_grad=True)
d = torch.tensor([2., 3.], requires_grad=True)
(w.fmod(d) * torch.tensor([1., 2.])).sum().backward()
print(w.grad, d.grad)
w.grad = None; d.grad = None
(w % d).sum().backward()
print(w.grad, d.grad)
w.grad = None
w.div(2, rounding_mode='floor').sum().backward()
print(w.grad)
try:
    (w // 2).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    w.div(2, rounding_mode='round')
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.tensor([1]).fmod(0)
except RuntimeError as e:
    print("RuntimeError:", e)
print((w // 2).grad_fn.name(), torch.remainder(w, d).grad_fn.name())
