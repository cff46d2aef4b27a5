import torch
w = torch.tensor([5.0], requires_grad=True)
for i in range(1000):
    loss = (w - 2.0) ** 2
    loss = loss.sum()
    if loss.item() < 1e-6:
        print("break at", i)
        break
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
print(loss.item(), w.tolist())
