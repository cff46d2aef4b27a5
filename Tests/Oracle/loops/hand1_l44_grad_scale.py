import torch
w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
(w * 0).sum().backward()
for i in range(15):
    w.grad = w.grad * 0.5
    loss = (w ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
print(w.tolist(), w.grad.tolist())
