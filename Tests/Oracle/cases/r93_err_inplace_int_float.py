import torch
y = torch.tensor([1, 2])
y += 1
print(y)
y += 0.5
