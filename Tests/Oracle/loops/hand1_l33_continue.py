import torch
w = torch.tensor([2.0, -1.0], requires_grad=True)
for i in range(20):
    loss = (w ** 2).sum()
    loss.backward()
    if i % 3 == 0:
        w.grad.zero_()
        continue
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
print(i, w.tolist())
