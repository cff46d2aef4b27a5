import torch
w = torch.tensor([0.7, -0.2, 1.3], requires_grad=True)
snap = w.detach()
dat = w.data
for i in range(18):
    loss = (w.exp() * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
print(snap.tolist(), dat.tolist(), w.tolist())
