import torch
w = torch.arange(6., requires_grad=True)
m = w.view(2, 3)
picked = m[[0, 1, 1], [2, 0, 2]]
print(picked)
picked.sum().backward()
print(w.grad)
v = torch.tensor([1., 2., 3.], requires_grad=True)
z = v[[0, 0, 2]] * torch.tensor([1., 10., 100.])
print(z)
z.sum().backward()
print(v.grad)
