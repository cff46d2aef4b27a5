import torch
w = torch.tensor([1.0, -1.0, 0.5], requires_grad=True)
for i in range(20):
    l1 = (w ** 2).sum()
    l1.backward()
    l2 = (w.sin()).sum()
    l2.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
print(w.tolist(), w.grad.tolist())
