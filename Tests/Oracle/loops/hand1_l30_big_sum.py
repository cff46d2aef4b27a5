import torch
torch.manual_seed(8)
x = torch.randn(1000)
w = torch.randn(1000, requires_grad=True)
for i in range(40):
    loss = (w * x).sum() ** 2 / 1000 + (w.exp() * 0.001).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
    w.grad.zero_()
print(loss.item())
print(w.sum().item(), w[17].item(), w[999].item())
