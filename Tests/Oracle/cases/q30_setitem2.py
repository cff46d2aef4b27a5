import torch
x = torch.zeros(3, 3)
x[1] = 5
print(x)
x[:, 2] = torch.tensor([1., 2., 3.])
print(x)
x[0, 0] = -1
x[2, :2] = torch.tensor([9., 9.])
print(x)
x[x > 4] = 0
print(x)
v = torch.arange(5)
v[2] = 100
print(v)
v[-1] = -1
print(v)
