import torch
x = torch.arange(12).float().view(3, 4)
x[0] += 100
x[:, 1] *= -1
x[1:, 2:] -= 0.5
x[2, 3] /= 4
print(x)
v = torch.ones(6)
v[2:5] += torch.tensor([1., 2., 3.])
v[-1] *= 7
v[:2] **= 2
print(v)
i = torch.tensor([1, 2, 3, 4])
i[1:3] += 5
i[0] -= 10
print(i)
w = torch.zeros(2, 3)
w[1] += torch.tensor([0.25, 0.5, 0.75])
w[0, :] = w[1] * 2
print(w)
