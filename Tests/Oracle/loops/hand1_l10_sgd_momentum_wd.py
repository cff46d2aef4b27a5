import torch
torch.manual_seed(4)
W = torch.nn.Parameter(torch.randn(2, 3))
b = torch.nn.Parameter(torch.zeros(2))
opt = torch.optim.SGD([W, b], lr=0.05, momentum=0.9, weight_decay=0.01)
x = torch.randn(3)
t = torch.tensor([0.5, -0.5])
for i in range(60):
    opt.zero_grad()
    y = W @ x + b
    loss = torch.nn.functional.mse_loss(y, t)
    loss.backward()
    opt.step()
print(loss.item(), W.tolist(), b.tolist())
