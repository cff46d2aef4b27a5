import torch
x = torch.linspace(-2, 2, 9)
y = 0.5 * x ** 2 + x - 2
params = torch.tensor([0., 0., 0.]).requires_grad_()
def f(x, params):
    a, b, c = params
    return a * (x ** 2) + b * x + c
def mse(preds, targets): return ((preds - targets) ** 2).mean()
lr = 0.05
for i in range(30):
    loss = mse(f(x, params), y)
    loss.backward()
    params.data -= lr * params.grad.data
    params.grad = None
    if i % 6 == 0: print(f"{i:3d} {loss.item():.6f}")
print(params)
print(f(torch.tensor(1.), params))
