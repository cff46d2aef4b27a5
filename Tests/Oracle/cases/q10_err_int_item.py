import torch
x = torch.tensor([1, 2])
print(x.float().mean())
print(x.mean())
