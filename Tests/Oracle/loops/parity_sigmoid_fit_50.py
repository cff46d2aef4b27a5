# Fit a per-point sigmoid curve: 50 points, so PyTorch's sigmoid kernel computes the first 32 with its
# vector code and the last 18 with its scalar code (AVX-512); the printed losses only agree to the last
# digit when every element is rounded the way PyTorch rounds it.
import torch
torch.manual_seed(3)
x = torch.linspace(-4, 4, 50)
y = torch.sigmoid(1.7 * x - 0.4) + 0.05 * torch.randn(50)
w = torch.randn(50, requires_grad=True)
b = torch.zeros(50, requires_grad=True)
for step in range(300):
    pred = torch.sigmoid(w * x + b)
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.5 * w.grad
        b -= 0.5 * b.grad
        w.grad.zero_()
        b.grad.zero_()
    if step % 25 == 0:
        print(step, loss.item())
    if step % 50 == 0:
        print(pred[30:].tolist())
print("final", loss.item())
print(pred[:3].tolist())
print(pred[30:].tolist())
