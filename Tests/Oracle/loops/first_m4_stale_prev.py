import torch
w = torch.tensor([1.0], requires_grad=True)
loss = torch.tensor(0.0)
for i in range(10):
    prev = loss
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
print(prev.item())
