import torch
torch.manual_seed(6)
X = torch.randn(50, 2)
w = torch.randn(2, requires_grad=True)
bias = torch.zeros(1, requires_grad=True)
y = X @ torch.tensor([2.0, -3.0]) + 0.5
for i in range(300):
    pred = X @ w + bias
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
        bias -= 0.05 * bias.grad
    w.grad.zero_()
    bias.grad.zero_()
print(loss.item(), w.tolist(), bias.tolist())
print(w.grad.tolist(), bias.grad.tolist())
