# Mixed float32 / float64 operands: each gradient comes back in its own input's dtype.
import torch
a = torch.tensor([1.0, 3.0], requires_grad=True)
b = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
y = torch.maximum(a, b)
y.sum().backward()
print(y, a.grad, b.grad)
c = torch.tensor([0.5, 2.0], requires_grad=True)
z = torch.clamp(c, min=torch.tensor([1.0, 1.0], dtype=torch.float64))
z.sum().backward(); print(z, c.grad)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
w = x * 1
w.masked_fill_(torch.tensor([[True, False], [False, True]]), 0.0)
w.sum().backward(); print(w, x.grad)
print(torch.cumprod(torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True), 0))
