import torch
W = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
a, b = W
for i in range(10):
    loss = (W * W).sum()
    loss.backward()
    W.data -= 0.1 * W.grad
    W.grad.zero_()
print(a.tolist(), b.tolist(), W.tolist())
