import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(20):
    if i == 15:
        break
    with torch.no_grad():
        w.add_(0.1)
    loss = (w * w).sum()
loss.backward()
print(w.grad, loss)
