import torch
torch.manual_seed(32)
W1 = (torch.randn(4, 3) * 0.5).requires_grad_()
b1 = torch.zeros(4, requires_grad=True)
W2 = (torch.randn(4) * 0.5).requires_grad_()
x = torch.tensor([0.5, -1.0, 2.0])
target = torch.tensor(0.7)
opt = torch.optim.SGD([W1, b1, W2], lr=0.05)
for step in range(150):
    opt.zero_grad()
    h = (W1 @ x + b1).relu()
    out = (h @ W2).tanh()
    loss = (out - target) ** 2
    loss.backward()
    opt.step()
print(loss.item(), out.item())
print(W1.tolist(), b1.tolist(), W2.tolist())
