import torch
a = torch.ones(2, 3)
b = torch.zeros(2, 2)
print(torch.cat([a, b], dim=1))
print(torch.cat([a, b]))
