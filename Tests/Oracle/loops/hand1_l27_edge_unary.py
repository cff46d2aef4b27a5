import torch
x = torch.tensor([0.0, -1.0, 2.0, -0.0, 1e-30, 100.0], requires_grad=True)
for i in range(10):
    y = x.relu().sum() + x.abs().sum() + x.sqrt().sum() + x.log().sum() + x.tanh().sum() + x.sigmoid().sum()
    y.backward()
print(y.item(), x.grad.tolist())
