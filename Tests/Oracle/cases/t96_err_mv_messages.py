import torch
a = torch.ones(1)
b = torch.ones(1, 2, 2)
print(torch.ones(2) @ torch.ones(1, 2, 3))
try:
    torch.mv(torch.ones(2), torch.ones(3, 3))
except RuntimeError as e:
    print(e)
c = a @ b
