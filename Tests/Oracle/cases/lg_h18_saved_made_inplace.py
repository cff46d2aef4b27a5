import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(20):
    if i == 15:
        break
    with torch.no_grad():
        w.add_(0.1)
    h = w * 2
    h.add_(1)
    loss = (h * h).sum()
loss.backward()
print(w.grad, loss)
