import torch
w = torch.tensor([3.0, -2.0], requires_grad=True)
lr = 0.1
for i in range(40):
    loss = (w ** 2).sum()
    loss.backward()
    with torch.no_grad():
        if loss < 0.5:
            w -= 0.01 * w.grad
        else:
            w -= lr * w.grad
    w.grad.zero_()
print(loss.item(), w.tolist())
