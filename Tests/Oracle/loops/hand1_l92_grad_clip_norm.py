import torch
w = torch.tensor([3.0, -4.0], requires_grad=True)
for i in range(25):
    loss = (w ** 4).sum()
    loss.backward()
    with torch.no_grad():
        n = torch.linalg.norm(w.grad)
        g = w.grad / (n + 1e-6) * torch.clamp(n, max=1.0)
        w -= 0.1 * g
    w.grad.zero_()
print(loss.item(), w.tolist())
