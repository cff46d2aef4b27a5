import torch
x = torch.tensor([[0.5, 1.0], [1.5, -0.5], [-1.0, 2.0], [0.25, 0.75]])
y = torch.tensor([1.0, 2.0, 0.5, -1.0])
w = torch.tensor([0.1, -0.2], requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
for i in range(10**15, 10**15 + 30):
    loss = ((x @ w + b - y) ** 2).mean()
    if i % 7 == 0:
        loss = loss * 2
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
        b -= 0.05 * b.grad
    w.grad.zero_()
    b.grad.zero_()
print(w, i)
