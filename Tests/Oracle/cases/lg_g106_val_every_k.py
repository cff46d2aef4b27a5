import torch
torch.manual_seed(0)
X = torch.linspace(-1, 1, 20).view(20, 1)
Y = 3 * X + 0.5 + 0.1 * torch.randn(20, 1)
Xv = torch.linspace(-0.9, 0.9, 7).view(7, 1)
Yv = 3 * Xv + 0.5
w = torch.randn(1, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
for epoch in range(200):
    pred = X @ w + b
    loss = ((pred - Y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
        b -= 0.05 * b.grad
    w.grad.zero_()
    b.grad.zero_()
    if epoch % 40 == 0:
        with torch.no_grad():
            val = ((Xv @ w + b - Yv) ** 2).mean()
        print(f"epoch {epoch:3d} train {loss.item():.5f} val {val.item():.5f}")
print(val, w, b)
