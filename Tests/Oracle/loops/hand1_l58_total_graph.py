import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([0.5, -0.5])
total = 0
for i in range(20):
    loss = ((w * x).sum() - 1) ** 2
    total = total + loss
total.backward()
print(total.item(), w.grad.tolist())
