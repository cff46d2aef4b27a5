import torch
a = torch.tensor([0.0])
b = torch.tensor([1.0])
for i in range(20):
    a.add_(1.0)
    a, b = b, a
print(a.tolist(), b.tolist())
