import torch
x = torch.zeros(3, 4)
x[1] = 1
x[:, 2] = torch.tensor([7., 8., 9.])
x[0, 0] = -1.5
x[2, 1:3] = 5
print(x)
y = torch.arange(10)
y[y > 5] = 0
print(y)
y[::2] = -1
print(y)
z = torch.ones(2, 2)
z[0][1] = 3.
z += 1
z *= torch.tensor([1., 2.])
print(z)
