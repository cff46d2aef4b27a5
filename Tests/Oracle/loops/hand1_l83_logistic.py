import torch
torch.manual_seed(31)
X = torch.randn(30, 2)
y = (X @ torch.tensor([1.0, -1.0]) > 0).float()
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
for epoch in range(200):
    p = (X @ w + b).sigmoid()
    loss = -(y * (p + 1e-7).log() + (1 - y) * (1 - p + 1e-7).log()).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.5 * w.grad
        b -= 0.5 * b.grad
    w.grad.zero_()
    b.grad.zero_()
print(loss.item(), w.tolist(), b.tolist())
