import torch
torch.manual_seed(11)
W = torch.randn(3, 2, requires_grad=True)
x = torch.randn(2)
for i in range(25):
    y = W @ x
    loss = (y.sigmoid() - 0.5).pow(2).sum()
    loss.backward()
    with torch.no_grad():
        W -= 0.5 * W.grad
    W.grad.zero_()
print(W.grad)
print(loss, y)
