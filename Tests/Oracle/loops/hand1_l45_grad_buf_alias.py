import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
buf = torch.zeros(2)
for i in range(10):
    w.grad = buf
    loss = (w ** 3).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.001 * w.grad
print(buf.tolist(), w.tolist(), w.grad.tolist())
