import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
best = None
for i in range(30):
    loss = (w ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
    snap = w.detach().clone()
    if i == 20:
        best = snap
print(best, snap)
