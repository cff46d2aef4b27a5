import torch
x = torch.tensor([[0.5, 1.0], [1.5, -0.5], [-1.0, 2.0], [0.25, 0.75]])
y = torch.tensor([1.0, 2.0, 0.5, -1.0])
w = torch.tensor([0.1, -0.2], requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
def inner(n):
    for j in range(n):
        loss = ((x @ w + b - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w.sub_(0.01 * w.grad)
        w.grad.zero_()
        if j % 4 == 0 and j > 0:
            w.data.mul_(0.99)
    return loss
for i in range(12):
    l = inner(10)
    if i % 5 == 0:
        print(i, l.item())
print(w)
