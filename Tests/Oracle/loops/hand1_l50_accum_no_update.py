import torch
x = torch.tensor([0.5, 1.5], requires_grad=True)
y = torch.tensor([2.0, -1.0], requires_grad=True)
for i in range(50):
    z = (x * y).exp().sum() + (x - y).pow(2).mean()
    z.backward()
print(x.grad.tolist(), y.grad.tolist())
