import torch
x = torch.tensor(5.0, requires_grad=True)
lr = 0.1
for i in range(100):
    y = (x - 2) ** 2 + 1
    y.backward()
    with torch.no_grad():
        x -= lr * x.grad
    x.grad.zero_()
    if i % 25 == 0 or i == 99:
        print(f"step {i}: x={x.item():.6f} y={y.item():.6f}")
print(x)
