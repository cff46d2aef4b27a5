import torch

x = torch.zeros(3, 4, dtype=torch.float64)
x[0] = 1.25
x[:, 1] += 0.5
x[2, 3] = 1 / 3
x[x > 1] = 9.0
print(x)
x.mul_(2).add_(0.1)
print(x)
x.fill_(0.2)
print(x.sum().item())
y = torch.arange(6, dtype=torch.float64)
print(y[[0, 2, 4]], y[y > 2.5], y[1:4], y.view(2, 3)[1])
w = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64, requires_grad=True)
z = w[[0, 0, 2]].sum() + w[1:].prod()
z.backward()
print(w.grad)
f = torch.zeros(3)
f += torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64)
print(f, f.dtype)
print(torch.cat([torch.ones(2, dtype=torch.float64), torch.zeros(1)]), torch.stack([y[:2], y[2:4]]))
