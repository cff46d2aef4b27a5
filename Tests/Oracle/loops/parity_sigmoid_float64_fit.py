# The sigmoid fit in float64 (torch.set_default_dtype): PyTorch's float64 sigmoid uses SLEEF's exp for
# blocks of 16 doubles (AVX-512) and glibc's for the rest, so 40 points split 32 + 8.
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(8)
x = torch.linspace(-5, 5, 40)
y = torch.sigmoid(1.3 * x + 0.2) + 0.03 * torch.randn(40)
w = torch.randn(40, requires_grad=True)
b = torch.zeros(40, requires_grad=True)
for step in range(200):
    pred = torch.sigmoid(w * x + b)
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 1.0 * w.grad
        b -= 1.0 * b.grad
        w.grad.zero_()
        b.grad.zero_()
    if step % 40 == 0:
        print(step, loss.item())
        print(pred.tolist())
print(loss.item())
print(pred[28:].tolist())
