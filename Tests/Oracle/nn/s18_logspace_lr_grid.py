# Learning-rate grids on a log scale (lr range tests, hyper-parameter sweeps).
import torch

print(torch.logspace(-4, 0, steps=5))
print(torch.logspace(start=-10, end=10, steps=5))
print(torch.logspace(start=0.1, end=1.0, steps=5))
print(torch.logspace(start=0.1, end=1.0, steps=1))
print(torch.logspace(start=2, end=2, steps=1, base=2))
print(torch.logspace(0, 8, 9, base=2))
print(torch.logspace(-3, 0, 7, dtype=torch.float64))
print(torch.logspace(0, 1, 0))
lrs = torch.logspace(-3, 0, 10)
print(lrs.tolist())
lre = torch.linspace(-3, 0, 10)
print(torch.equal(10 ** lre, lrs), (10 ** lre - lrs).abs().max().item() < 1e-6)

# A tiny lr range test: one SGD step from the same start for each lr.
torch.manual_seed(0)
x = torch.randn(32, 3)
y = x @ torch.tensor([1.0, -2.0, 0.5]) + 1
losses = []
for lr in torch.logspace(-3, 0, 7):
    w = torch.zeros(3, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    for _ in range(5):
        loss = ((x @ w + b - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
    losses.append(round(loss.item(), 4))
print(losses)
