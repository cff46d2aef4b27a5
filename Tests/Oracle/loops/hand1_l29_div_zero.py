import torch
x = torch.tensor([1.0, 0.0, -1.0], requires_grad=True)
z = torch.tensor([0.0, 0.0, 2.0])
for i in range(10):
    y = (x / z).sum() + (z / x).sum() + (1 / (x + 1)).sum()
    y.backward()
print(y.item(), x.grad.tolist())
