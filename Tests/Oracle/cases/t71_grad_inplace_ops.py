import torch
w = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
loss = (w ** 3).sum()
loss.backward()
print(w.grad)
g = w.grad
g[0] = 0
print(w.grad)
w.grad *= 2
print(w.grad)
w.grad[:, 1] += 1
print(w.grad)
w.grad.clamp_(min=10.)
print(w.grad)
with torch.no_grad():
    w[0, 0] = 5.
    w[1] *= 0.5
print(w)
w.grad.copy_(torch.ones(2, 2))
print(w.grad)
