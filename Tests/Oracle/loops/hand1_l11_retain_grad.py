import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(15):
    h = w * 3
    h.retain_grad()
    loss = (h ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
    w.grad = None
print(h.grad.tolist(), w.tolist(), w.grad)
