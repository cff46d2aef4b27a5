# fmax/fmin (nan ignored, ties split the gradient), numpy-style aliases (negative, fix), the bitwise
# functions and the torch forms of clamp_min/clamp_max/addcmul/addcdiv.
import torch
a = torch.tensor([1.0, float('nan'), 3.0, -0.0, 2.0], requires_grad=True)
b = torch.tensor([2.0, 1.0, float('nan'), 0.0, 2.0], requires_grad=True)
r = torch.fmax(a, b); print(r, r.grad_fn.name())
(r * torch.tensor([1., 2., 3., 4., 5.])).sum().backward(); print(a.grad, b.grad)
a.grad = None; b.grad = None
r = a.fmin(b); print(r); (r * torch.tensor([1., 2., 3., 4., 5.])).sum().backward(); print(a.grad, b.grad)
print(torch.fmax(torch.tensor([1, 5]), torch.tensor([3, 2])), torch.fmin(torch.tensor([1, 5]), torch.tensor([3.5, 2])))
print(torch.fmax(torch.tensor([0.0, -0.0]), torch.tensor([-0.0, 0.0])), torch.fmin(torch.tensor([0.0, -0.0]), torch.tensor([-0.0, 0.0])))
x = torch.tensor([1.5, -2.5, 3.0], requires_grad=True)
print(torch.negative(x), x.negative(), torch.fix(x), x.fix())
print(torch.bitwise_and(torch.tensor([12, 10]), torch.tensor([10, 6])), torch.tensor([True, False]).bitwise_or(torch.tensor([False, False])), torch.bitwise_xor(torch.tensor([5]), 3), torch.bitwise_not(torch.tensor([0, 5])), torch.bitwise_not(torch.tensor([True, False])))
print(torch.clamp_min(x, 0.0), torch.clamp_max(x, 1.0))
s = torch.zeros(3)
print(torch.addcmul(s, torch.ones(3), torch.tensor([1., 2., 3.]), value=0.5), torch.addcdiv(s, torch.ones(3), torch.tensor([1., 2., 4.])))
for e in ["torch.bitwise_not(torch.tensor([1.0]))", "torch.bitwise_and(torch.tensor([1.0]), torch.tensor([1]))"]:
    try: print(eval(e))
    except Exception as ex: print(type(ex).__name__, ex)
t = x.detach().clone(); t.negative_(); t.fix_(); print(t)
