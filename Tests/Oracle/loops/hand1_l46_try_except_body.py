import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
fails = 0
for i in range(12):
    loss = (w * w).sum()
    loss.backward()
    try:
        loss.backward()
    except RuntimeError:
        pass
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
print(w.tolist())
