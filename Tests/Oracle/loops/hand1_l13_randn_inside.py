import torch
torch.manual_seed(0)
w = torch.zeros(3, requires_grad=True)
for i in range(20):
    x = torch.randn(3)
    loss = ((w * x).sum() - 1) ** 2
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        w.grad.zero_()
print(w.tolist())
