import torch
x = torch.arange(10)
print(x.view(2, -1))
print(x.view(3, -1))
