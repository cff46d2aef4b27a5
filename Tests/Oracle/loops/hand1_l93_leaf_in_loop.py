import torch
acc = torch.zeros(3)
for i in range(15):
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = (x * x).sum() * 0.5
    y.backward()
    acc += x.grad
print(acc.tolist(), x.grad.tolist(), x.is_leaf, y)
