import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
g = torch.zeros(2)
for i in range(20):
    w.grad = g
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
print(w, g, w.grad)
