import torch
w = torch.tensor([2.0, -3.0], requires_grad=True)
v = torch.zeros(2)
for i in range(50):
    loss = (w[0] ** 2 + 10 * w[1] ** 2)
    loss.backward()
    with torch.no_grad():
        v.mul_(0.9).add_(w.grad)
        w.sub_(0.01 * v)
    w.grad.zero_()
print(loss.item(), w.tolist(), v.tolist())
