import torch
x = torch.tensor([-2.0, 0.0, 0.5, 3.0], requires_grad=True)
for i in range(9):
    y = (x ** 2).sum() + (x ** 0).sum() + (x ** -1).sum() + (x ** 0.5).sum() + (x ** 3).sum() + (x ** 1.5).sum()
    y.backward()
print(y.item(), x.grad.tolist())
