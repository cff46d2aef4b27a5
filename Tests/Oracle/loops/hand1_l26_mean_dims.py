import torch
torch.manual_seed(7)
W = torch.randn(3, 4, requires_grad=True)
for i in range(20):
    m0 = W.mean(0)
    m1 = W.mean(dim=1)
    s = W.sum(1)
    loss = (m0 ** 2).sum() + (m1 * 3).sum() - s.abs().mean()
    loss.backward()
    with torch.no_grad():
        W -= 0.1 * W.grad
    W.grad.zero_()
print(loss.item())
print(W.tolist())
