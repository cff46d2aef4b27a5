import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(20):
    if i == 15:
        break
    z = torch.zeros(2, requires_grad=True)
    loss = ((w + z) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
print(z, z.grad, w)
