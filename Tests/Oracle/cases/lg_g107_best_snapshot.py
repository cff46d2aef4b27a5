import torch
torch.manual_seed(0)
X = torch.linspace(-1, 1, 20).view(20, 1)
Y = 3 * X + 0.5 + 0.1 * torch.randn(20, 1)
Xv = torch.linspace(-0.9, 0.9, 7).view(7, 1)
Yv = 3 * Xv + 0.5
w = torch.randn(1, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
best = float("inf")
best_w = None
for epoch in range(120):
    loss = ((X @ w + b - Y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        b -= 0.1 * b.grad
    w.grad.zero_()
    b.grad.zero_()
    if epoch % 15 == 14 and loss.item() < best:
        best = loss.item()
        best_w = w.detach().clone()
print(round(best, 6), best_w)
