import torch
x = torch.zeros(3, 4)
x[0] = torch.arange(4).float()
x[:, -1] = 5.
x[1:, :2] = torch.tensor([[1., 2.], [3., 4.]])
x[2, 2] = -0.125
print(x)
y = torch.arange(10)
y[3:7] = 0
y[-1] = 100
print(y)
z = torch.ones(2, 3)
z[0, :] = torch.tensor(9.)
z[1] = torch.tensor([1.5, 2.5, 3.5])
print(z)
w = torch.zeros(5)
w[::2] = torch.tensor([1., 2., 3.])
print(w)
