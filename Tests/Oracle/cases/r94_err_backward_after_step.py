import torch
w = torch.tensor([1., 2.], requires_grad=True)
y = (w * w).sum()
y.backward()
with torch.no_grad():
    w.mul_(0.5)
print(w)
z = (w ** 2).sum()
z.backward()
print(w.grad)
q = w.exp()
s = q.sum()
with torch.no_grad():
    q.add_(1)
s.backward()
print(w.grad)
