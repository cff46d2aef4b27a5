import torch
w = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
(w * 0).sum().backward()
for i in range(20):
    loss = (w.cos() * w ** 2).sum()
    loss.backward()
    w.grad.mul_(0.5)
    w.grad += 0.01
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
print(loss.item(), w.tolist(), w.grad.tolist())
