import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
x = torch.tensor([0.5, 1.5])
loss = torch.tensor(0.0)
for i in range(25):
    if i % 10 == 0:
        print(i, loss.item())
    loss = ((w * x).sum() - 3.0) ** 2
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
print(loss.item())
