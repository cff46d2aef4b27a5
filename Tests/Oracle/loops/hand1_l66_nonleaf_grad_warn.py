import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(10):
    y = w * 2
    loss = y.sum()
    loss.backward()
    g = y.grad
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
print(g, w.tolist())
