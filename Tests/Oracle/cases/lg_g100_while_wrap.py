import torch
x = torch.tensor([[0.5, 1.0], [1.5, -0.5], [-1.0, 2.0], [0.25, 0.75]])
y = torch.tensor([1.0, 2.0, 0.5, -1.0])
w = torch.tensor([0.1, -0.2], requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
epoch = 0
while epoch < 3:
    for i in range(12):
        loss = ((x @ w + b - y) ** 2).mean()
        if i == epoch * 4:
            loss = loss * 3
        loss.backward()
        with torch.no_grad():
            w -= 0.05 * w.grad
            b -= 0.05 * b.grad
        w.grad.zero_()
        b.grad.zero_()
    epoch += 1
    print(epoch, loss.item())
