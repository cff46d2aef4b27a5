import torch
x = torch.zeros(2, 3)
y = torch.ones(2, 1)
print(x + y)
z = torch.ones(3, 1)
print((y * z.T).shape)
w = x + z
