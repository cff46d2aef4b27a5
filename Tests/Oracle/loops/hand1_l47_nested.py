import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([0.3, -0.7])
for epoch in range(10):
    for step in range(9):
        loss = ((w * x).sum() - 1.0) ** 2 + (w ** 2).sum() * 0.01
        loss.backward()
        with torch.no_grad():
            w -= 0.1 * w.grad
        w.grad.zero_()
print(loss.item(), w.tolist())
