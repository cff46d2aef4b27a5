import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
b1 = torch.zeros(2)
b2 = torch.zeros(2)
b3 = torch.zeros(2)
for i in range(11):
    loss = (w * w).sum()
    loss.backward()
    b1.copy_(w.detach())
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
    b1, b2, b3 = b2, b3, b1
print(b1.tolist(), b2.tolist(), b3.tolist())
