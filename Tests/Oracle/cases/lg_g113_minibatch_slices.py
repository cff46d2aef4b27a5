import torch
torch.manual_seed(0)
X = torch.linspace(-1, 1, 20).view(20, 1)
Y = 3 * X + 0.5 + 0.1 * torch.randn(20, 1)
Xv = torch.linspace(-0.9, 0.9, 7).view(7, 1)
Yv = 3 * Xv + 0.5
w = torch.randn(1, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
bs = 5
for step in range(40):
    k = step % 4
    xb = X[k * bs:(k + 1) * bs]
    yb = Y[k * bs:(k + 1) * bs]
    loss = ((xb @ w + b - yb) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
        b -= 0.05 * b.grad
    w.grad.zero_()
    b.grad.zero_()
print(w, b)
