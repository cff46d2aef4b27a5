import torch
c = torch.tensor([16777216, 3])
k = torch.arange(4)
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(20):
    c = c + 1
    k += 2
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
    w.grad.zero_()
print(c, k, w.tolist())
