import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(10):
    loss = (w * w).sum()
    loss.backward()
    w -= 0.1 * w.grad
print(w)
