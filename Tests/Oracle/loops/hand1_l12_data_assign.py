import torch
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
for i in range(10):
    loss = (w.exp()).sum()
    loss.backward()
    w.data = w.data - 0.01 * w.grad
    w.grad.zero_()
print(loss.item(), w.tolist())
