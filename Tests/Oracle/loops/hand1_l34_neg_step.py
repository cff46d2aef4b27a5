import torch
w = torch.tensor([1.5, 0.5], requires_grad=True)
for k in range(40, 0, -3):
    loss = (w.cos() * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
print(k, loss.item(), w.tolist())
for k in range(10, 30, 2):
    pass
print(k)
