import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(5)
n = 50
x = torch.linspace(0, 1, n).reshape(-1, 1)
y = 2 * x ** 2 - x + 0.05 * torch.randn(n, 1)
features = torch.cat([x, x ** 2], dim=1)
dl = DataLoader(TensorDataset(features, y), batch_size=8, drop_last=True)
model = nn.Linear(2, 1)
loss_func = nn.L1Loss()
opt = torch.optim.SGD(model.parameters(), lr=0.1, weight_decay=1e-3)
losses = []
for epoch in range(100):
    for xb, yb in dl:
        loss = loss_func(model(xb), yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
    if epoch % 25 == 0:
        losses.append(loss.item())
print(losses)
print(model(torch.tensor([[0.5, 0.25]])))
