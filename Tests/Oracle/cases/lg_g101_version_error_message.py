import torch
w = torch.tensor([0.5, -0.3], requires_grad=True)
for i in range(30):
    out = (w * w).sum()
    if i == 25:
        with torch.no_grad():
            w.mul_(1.0)
    out.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
print(w)
