import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w64 = w.double()
print(w64)
out = (w64 * w64).sum()
print(out)
out.backward()
print(w.grad, w.grad.dtype)

v = torch.tensor([0.5, -1.5], dtype=torch.float64, requires_grad=True)
f = v.float()
print(f, f.grad_fn.name())
loss = (f ** 3).sum()
loss.backward()
print(v.grad, v.grad.dtype)
t = v.to(torch.float32)
print(t.requires_grad, v.long().requires_grad)
