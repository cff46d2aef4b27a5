import torch

torch.manual_seed(5)
a = torch.randn(3, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
x = torch.linspace(-1, 1, 9)
y = 2 * x ** 2 - x + 0.5
optimizer = torch.optim.Adam([a, b], lr=0.03, betas=(0.8, 0.99), weight_decay=0.01)
for t in range(250):
    pred = a[0] * x ** 2 + a[1] * x + a[2] + b
    loss = ((pred - y) ** 2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(loss.item())
print(a, b)
