import torch
w = torch.tensor([1., 2.], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.5)
(w * w).sum().backward()
print(w.grad)
opt.step()
print(w)
opt.zero_grad()
print(w.grad)
(w ** 3).sum().backward()
print(w.grad)
w.grad = None
print(w.grad is None)
