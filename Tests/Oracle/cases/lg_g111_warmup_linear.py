import torch
torch.manual_seed(0)
X = torch.linspace(-1, 1, 20).view(20, 1)
Y = 3 * X + 0.5 + 0.1 * torch.randn(20, 1)
Xv = torch.linspace(-0.9, 0.9, 7).view(7, 1)
Yv = 3 * Xv + 0.5
w = torch.randn(1, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
base = 0.1
warm = 10
for step in range(50):
    lr = base * (step + 1) / warm if step < warm else base
    loss = ((X @ w + b - Y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
print(lr, w, b)
