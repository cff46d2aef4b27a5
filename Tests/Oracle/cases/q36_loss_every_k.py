import torch
x = torch.linspace(-2, 2, 9)
y = x ** 3 - x
w = torch.zeros(4, requires_grad=True)
lr = 0.01
for it in range(101):
    pred = w[0] + w[1] * x + w[2] * x ** 2 + w[3] * x ** 3
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        w.grad.zero_()
    if it % 20 == 0:
        print(it, loss.item())
print(w)
print(loss)
