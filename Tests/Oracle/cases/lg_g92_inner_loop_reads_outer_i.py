import torch
x = torch.tensor([[0.5, 1.0], [1.5, -0.5], [-1.0, 2.0], [0.25, 0.75]])
y = torch.tensor([1.0, 2.0, 0.5, -1.0])
w = torch.tensor([0.1, -0.2], requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
for i in range(4):
    for j in range(12):
        loss = ((x @ w + b - y) ** 2).mean()
        if j == i * 3:
            loss = loss * 2
        if j % 4 == i:
            loss = loss + 0.0 * b
        loss.backward()
        with torch.no_grad():
            w.sub_(0.02 * w.grad)
        w.grad.zero_()
        b.grad = None
print(w)
