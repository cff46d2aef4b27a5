import torch
torch.manual_seed(0)
W = torch.randn(3, requires_grad=True)
x = torch.linspace(0, 1, 3)
for i in range(200):
    loss = ((W * x - 1.0) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        W -= 0.1 * W.grad
        W.grad.zero_()
    if i % 50 == 0:
        print(i, loss.item())
print(loss.item(), W.tolist())
