import torch
a = torch.ones(3, 4)
b = torch.ones(3, 4)
print((a @ b.T).shape)
print(a @ b)
