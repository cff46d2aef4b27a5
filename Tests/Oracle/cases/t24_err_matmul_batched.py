import torch
a = torch.ones(2, 3, 4)
b = torch.ones(2, 5, 6)
print((a @ torch.ones(4, 1)).shape)
c = a @ b
