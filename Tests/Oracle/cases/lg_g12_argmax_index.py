import torch
w = torch.tensor([0.3, -1.0, 2.0, -0.2], requires_grad=True)
for i in range(20):
    k = w.argmax()
    loss = w[k] ** 2 + (w * 0.1).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.3 * w.grad
    w.grad.zero_()
print(w)
