import torch
w = torch.tensor([3.0, -2.0], requires_grad=True)
loss = torch.tensor(0.0)
for i in range(30):
    prev = loss
    loss = (w ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
print(prev.item(), loss.item())
print(prev)
