import torch
w = torch.tensor([2.0, 1.0], requires_grad=True)
x = torch.tensor([0.1, 0.2])
for s in range(10):
    parts = [(w * x).sum(), (w ** 2).mean(), w.abs().sum() * 0.01]
    loss = parts[0] + parts[1] + parts[2]
    loss.backward()
    with torch.no_grad():
        w -= 0.2 * w.grad
    w.grad.zero_()
print(loss.item(), [p.item() for p in parts], w.tolist())
