# Seeds 001 / 003: linear regression on 100 points, x@a with a Parameter, sub_ / grad.zero_().
import torch
from torch import nn
N = 10000
torch.manual_seed(42)
n = 100
x = torch.ones(n, 2)
x[:, 0].uniform_(-1., 1)
y = x @ torch.tensor([3., 2.]) + torch.rand(n)
a = nn.Parameter(torch.tensor([-1., 1.]))

def mse(y, y_hat):
    return ((y - y_hat) ** 2).mean()

lr = 1e-1
for t in range(N):
    y_hat = x @ a
    loss = mse(y, y_hat)
    loss.backward()
    with torch.no_grad():
        a.sub_(lr * a.grad)
        a.grad.zero_()
print(loss.item(), a)
