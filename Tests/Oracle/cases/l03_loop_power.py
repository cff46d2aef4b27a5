import torch
x = torch.linspace(0, 1, 10)
y_true = 3 * x + torch.sin(6 * x) + 1
W = torch.zeros(5, requires_grad=True)
opt = torch.optim.SGD([W], lr=0.05)
for epoch in range(400):
    opt.zero_grad()
    y = torch.zeros_like(x)
    for i in range(5):
        y += W[i] * (x ** i)
    loss = ((y - y_true) ** 2).mean()
    loss.backward()
    opt.step()
print(loss.item(), W.tolist(), W.grad.tolist(), epoch, i)
