# Seed 000's own loop: step() and learner() as in the notebook, printing every N // 10 iterations.
import torch
N = 100000
torch.manual_seed(42)
x = torch.arange(0, 20).float()
y = 0.75 * (x - 9.5) ** 2 + 1 + torch.randn(20) * 3
params = torch.randn(3).requires_grad_()

def f(x, params):
    a, b, c = params
    return a * (x ** 2) + b * x + c

def mse(yhat, y):
    return ((yhat - y) ** 2).mean()

def step(params, lr=1e-5, prn=True):
    yhat = f(x, params)
    loss = mse(yhat, y)
    loss.backward()
    params.data -= lr * params.grad.data
    params.grad = None
    if prn: print(loss.item(), params)
    return yhat

def learner(num_iterations, record_interval, lr):
    preds_list = []
    params_list = []
    for i in range(num_iterations):
        prn = i % record_interval == 0
        preds = step(params, lr, prn)
        if prn:
            preds_list.append(preds)
            params_list.append(params.detach().clone())
    return preds_list, params_list

preds_list, params_list = learner(N, N // 10, 1e-5)
print(len(preds_list), params_list[-1])
