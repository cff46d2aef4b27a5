import torch
from torch import nn
w = nn.Parameter(torch.tensor([[0.5, -0.5], [0.25, 1.]]))
b = nn.Parameter(torch.zeros(2))
x = torch.tensor([[1., 2.], [3., 4.], [-1., 0.]])
y = torch.tensor([[1., 0.], [0., 1.], [1., 1.]])
for step in range(20):
    out = x @ w + b
    loss = ((out - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        for p in [w, b]:
            p -= 0.05 * p.grad
            p.grad.zero_()
    if step % 5 == 4: print(step, round(loss.item(), 4), loss)
print(w)
print(b)
print([w, b])
