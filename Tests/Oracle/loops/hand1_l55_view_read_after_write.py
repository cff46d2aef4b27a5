import torch
W = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
for i in range(12):
    r = W[0]
    loss = (W ** 2).sum()
    loss.backward()
    with torch.no_grad():
        W -= 0.1 * W.grad
    W.grad.zero_()
    z = r * 2
print(z, r, W)
