import torch
torch.manual_seed(42)
x = torch.arange(0, 20).float()
y = 0.75 * (x - 9.5) ** 2 + 1 + torch.randn(20) * 3
params = torch.randn(3).requires_grad_()
def f(x, params):
    a, b, c = params
    return a * (x ** 2) + b * x + c
def mse(preds, targets):
    return ((preds - targets) ** 2).mean()
for i in range(500):
    loss = mse(f(x, params), y)
    loss.backward()
    params.data -= 1e-5 * params.grad.data
    params.grad = None
print(loss.item(), params.tolist(), params.grad)
