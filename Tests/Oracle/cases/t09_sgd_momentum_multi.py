import torch
from torch import nn
w = nn.Parameter(torch.tensor([1., -1., 2.]))
b = nn.Parameter(torch.tensor(0.))
x = torch.tensor([[1., 0., 2.], [0., 1., -1.], [2., 2., 0.]])
y = torch.tensor([3., -1., 2.])
opt = torch.optim.SGD([w, b], lr=0.02, momentum=0.8)
for i in range(25):
    opt.zero_grad()
    pred = x @ w + b
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    opt.step()
    if i % 6 == 0: print(i, loss.item(), b)
print(w)
print(b.grad, w.grad)
