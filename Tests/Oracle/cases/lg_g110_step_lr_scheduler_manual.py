import torch
torch.manual_seed(0)
X = torch.linspace(-1, 1, 20).view(20, 1)
Y = 3 * X + 0.5 + 0.1 * torch.randn(20, 1)
Xv = torch.linspace(-0.9, 0.9, 7).view(7, 1)
Yv = 3 * Xv + 0.5
w = torch.randn(1, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.2)
lr = 0.2
for epoch in range(60):
    if epoch > 0 and epoch % 20 == 0:
        lr = lr * 0.1
        opt = torch.optim.SGD([w, b], lr=lr)
    opt.zero_grad()
    loss = ((X @ w + b - Y) ** 2).mean()
    loss.backward()
    opt.step()
    if epoch % 20 == 19:
        print(epoch, lr, loss.item())
print(w, b)
