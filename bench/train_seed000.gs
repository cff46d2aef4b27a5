# Seed 000: the quadratic fit, one million steps with the debugger's train command (lr 1e-5).
torch.manual_seed(42)
x = torch.arange(0, 20).float()
y = 0.75 * (x - 9.5) ** 2 + 1 + torch.randn(20) * 3
params = torch.randn(3).requires_grad_()
def f(x, params):
    a, b, c = params
    return a * (x ** 2) + b * x + c

loss = ((f(x, params) - y) ** 2).mean()
train 1000000 1e-5 every 100000
params
