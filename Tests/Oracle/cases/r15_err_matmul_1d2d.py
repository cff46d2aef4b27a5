import torch
v = torch.ones(3)
m = torch.ones(2, 3)
print(m @ v)
print(v @ m)
