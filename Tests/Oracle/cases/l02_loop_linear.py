import torch
from torch import nn
torch.manual_seed(42)
x = torch.ones(100, 2)
x[:, 0].uniform_(-1., 1)
y = x @ torch.tensor([3., 2.]) + torch.rand(100)
a = nn.Parameter(torch.tensor([-1., 1.]))
lr = 1e-1
for t in range(300):
    y_hat = x @ a
    loss = ((y - y_hat) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        a.sub_(lr * a.grad)
        a.grad.zero_()
print(loss.item(), a.tolist(), a.grad, a.is_leaf)
