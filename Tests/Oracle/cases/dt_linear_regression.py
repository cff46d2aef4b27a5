# Linear regression in float64 with plain gradient descent (d2l style).
import torch

torch.manual_seed(42)
true_w = torch.tensor([2.0, -3.4], dtype=torch.float64)
true_b = 4.2
X = torch.randn(100, 2, dtype=torch.float64)
y = X @ true_w + true_b + 0.01 * torch.randn(100, dtype=torch.float64)
w = torch.zeros(2, dtype=torch.float64, requires_grad=True)
b = torch.zeros(1, dtype=torch.float64, requires_grad=True)
lr = 0.1
for epoch in range(30):
    y_hat = X @ w + b
    loss = ((y_hat - y) ** 2 / 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
    if epoch % 10 == 9:
        print(f"epoch {epoch + 1}, loss {loss.item():f}")
print(w, b)
print(w.dtype, b.grad)
print(f"error in w: {true_w - w.detach()}")
