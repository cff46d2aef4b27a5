import torch
w = torch.tensor([1.0, -1.0, 2.0], requires_grad=True)
target = torch.tensor([0.1, 0.2, 0.3])
for i in range(20):
    loss = ((w - target) ** 2).sum()
    loss.backward()
    w.data.copy_(w.data - 0.1 * w.grad)
    w.data.mul_(0.99)
    w.data.add_(0.001)
    w.grad.data.zero_()
print(w.tolist(), w.grad.tolist())
