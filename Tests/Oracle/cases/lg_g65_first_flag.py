import torch
x = torch.tensor([[0.5, 1.0], [1.5, -0.5], [-1.0, 2.0], [0.25, 0.75]])
y = torch.tensor([1.0, 2.0, 0.5, -1.0])
w = torch.tensor([0.1, -0.2], requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
for i in range(30):
    first = i == 0
    last = i == 29
    loss = ((x @ w + b - y) ** 2).mean()
    if first or last:
        print(i, loss.item())
    loss.backward()
    with torch.no_grad():
        w -= 0.02 * w.grad
    w.grad.zero_()
print(w, first, last)
