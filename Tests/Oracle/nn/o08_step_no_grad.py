import torch
import torch.nn as nn

torch.manual_seed(0)
w = nn.Parameter(torch.randn(3))
b = nn.Parameter(torch.zeros(1))
opt = torch.optim.SGD([w, b], lr=0.5, momentum=0.9)
for step in range(4):
    loss = (w.sum() - 1.0) ** 2
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, w, b.grad)
print(w.grad_fn, w.is_leaf)
print(opt.state[w])
print(opt.state[b])
