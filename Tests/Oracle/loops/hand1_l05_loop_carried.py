import torch
W = torch.tensor([1.0, 2.0], requires_grad=True)
h = torch.zeros(2)
prev = None
for i in range(25):
    loss = (W ** 2).sum()
    loss.backward()
    with torch.no_grad():
        W -= 0.05 * W.grad
        h = h * 0.9 + W.grad
    W.grad.zero_()
    prev = loss
print(h.tolist(), prev.item(), W.tolist())
