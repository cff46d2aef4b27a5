import torch
torch.manual_seed(2)
w = torch.randn(3, requires_grad=True)
b = torch.randn(1, requires_grad=True)
x = torch.randn(5, 3)
y = torch.randn(5)
print(w, b)
for i in range(4):
    pred = x @ w + b
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        b -= 0.1 * b.grad
    w.grad.zero_(); b.grad.zero_()
    print(f"{i}: {loss.item():.5f}")
print(w)
print(b)
