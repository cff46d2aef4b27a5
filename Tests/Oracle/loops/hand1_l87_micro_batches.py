import torch
torch.manual_seed(33)
xa, ya = torch.randn(5, 2), torch.randn(5)
xb, yb = torch.randn(5, 2), torch.randn(5)
w = torch.nn.Parameter(torch.zeros(2))
opt = torch.optim.SGD([w], lr=0.1)
for step in range(60):
    opt.zero_grad()
    la = ((xa @ w - ya) ** 2).mean() / 2
    la.backward()
    lb = ((xb @ w - yb) ** 2).mean() / 2
    lb.backward()
    opt.step()
print(la.item(), lb.item(), w.tolist(), w.grad.tolist())
