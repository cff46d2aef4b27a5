import torch
torch.manual_seed(13)
W = torch.randn(3, 4, requires_grad=True)
x = torch.randn(4)
for i in range(16):
    Wt = W.t()
    col = W[:, 1]
    row = W[2]
    sub = W[1:, :2]
    loss = (Wt.sum(0) * 0.0 + (W @ x)).pow(2).sum() + col.sin().sum() + (row * x).sum() + sub.reshape(4).exp().mean() + W.view(12).unsqueeze(0).squeeze().abs().sum()
    loss.backward()
    with torch.no_grad():
        W -= 0.01 * W.grad
    W.grad.zero_()
print(loss.item())
print(W.tolist())
