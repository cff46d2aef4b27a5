import torch
w = torch.tensor([1.0], requires_grad=True)
i = 99
for i in range(5, 5):
    loss = (w * 2).sum()
    loss.backward()
for j in range(10, 0):
    w.data += 1
print(i, w.tolist(), w.grad)
