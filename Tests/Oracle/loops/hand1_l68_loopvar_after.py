import torch
w = torch.tensor([1.0], requires_grad=True)
i = -5
for i in range(3, 60, 4):
    loss = (w * 3).sum()
    loss.backward()
w2 = torch.tensor([2.0])
for i in range(20):
    w2 = w2
print(i, w.grad.tolist())
