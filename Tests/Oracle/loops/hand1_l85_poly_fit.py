import torch
xs = torch.linspace(-1, 1, 21)
ys = 0.5 * xs ** 3 - xs + 0.25
a = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
c = torch.zeros(1, requires_grad=True)
d = torch.zeros(1, requires_grad=True)
for it in range(500):
    pred = a * xs ** 3 + b * xs ** 2 + c * xs + d
    loss = ((pred - ys) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        for p in (a, b, c, d):
            p -= 0.2 * p.grad
            p.grad.zero_()
print(loss.item(), a.item(), b.item(), c.item(), d.item())
