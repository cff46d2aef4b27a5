import torch
data = torch.tensor([[1., 2.], [2., 4.], [3., 6.5]])
w = torch.tensor(0.0, requires_grad=True)
for epoch in range(3):
    total = 0.0
    for x, y in data:
        loss = (w * x - y) ** 2
        loss.backward()
        with torch.no_grad(): w -= 0.02 * w.grad
        w.grad.zero_()
        total += loss.item()
    print(epoch, total, w)
for i, row in enumerate(data):
    print(i, row, row.sum())
