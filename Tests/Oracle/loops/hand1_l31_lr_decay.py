import torch
w = torch.tensor([2.0, -1.0], requires_grad=True)
lr = 0.1
for i in range(30):
    loss = (w ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
    w.grad.zero_()
    lr = lr * 0.99
print(lr, w.tolist())
