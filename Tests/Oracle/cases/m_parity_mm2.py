import torch
torch.manual_seed(1)
X = torch.randn(10, 3)
w = torch.randn(3, 1, requires_grad=True)
b = torch.randn(1, requires_grad=True)
y = torch.randn(10, 1)
for i in range(50):
    loss = ((X @ w + b - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        b -= 0.1 * b.grad
        w.grad.zero_(); b.grad.zero_()
print(loss.item(), w.tolist(), b.tolist())
v = torch.randn(3, requires_grad=True)
M = torch.randn(3, 4)
(v @ M).sum().backward()
print((v @ M).tolist(), v.grad.tolist())
