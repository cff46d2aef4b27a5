import torch
m = torch.ones(2, 3)
print(m[0, 0].item())
print(m.sum(1))
m.sum(0).item()
