import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(20):
    w.grad = None
    if i == 15:
        break
    loss = (w ** 3).sum()
    loss.backward()
    g = w.grad
    with torch.no_grad():
        w -= 0.01 * g
print(w.grad, g, w)
