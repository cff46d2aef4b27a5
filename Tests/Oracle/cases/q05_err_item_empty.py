import torch
x = torch.ones(2, 2)
print(x.sum(1).item())
