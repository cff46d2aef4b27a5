import torch
from torch import nn
w = nn.Parameter(torch.tensor([0.5]))
b = nn.Parameter(torch.tensor([0.]))
opt = torch.optim.SGD([w, b], lr=0.1)
xs = torch.tensor([1., 2., 3.])
ys = torch.tensor([2., 4., 6.])
loss_fn = nn.MSELoss()
for epoch in range(8):
    opt.zero_grad()
    loss = loss_fn(w * xs + b, ys)
    loss.backward()
    opt.step()
    print(f"epoch {epoch}: loss={loss.item():.6f} w={w.item():.4f}")
print(w, b)
