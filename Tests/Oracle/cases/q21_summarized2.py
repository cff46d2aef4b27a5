import torch
x = torch.arange(2000).view(2, 1000)
print(x)
y = torch.linspace(-1, 1, 1001) ** 3
print(y)
z = torch.zeros(10, 200)
print(z)
print(torch.arange(1001) * 1e-6)
