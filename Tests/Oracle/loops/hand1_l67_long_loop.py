import torch
torch.manual_seed(21)
X = torch.randn(20, 3)
true_w = torch.tensor([1.5, -2.0, 0.5])
y = X @ true_w
w = torch.zeros(3, requires_grad=True)
for i in range(20000):
    loss = ((X @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
    w.grad.zero_()
print(loss.item(), w.tolist())
