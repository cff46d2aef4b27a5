import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
x = torch.linspace(-2, 2, 100).unsqueeze(1)
y = 3 * x - 1 + 0.2 * torch.randn(100, 1)
ds = TensorDataset(x, y)
dl = DataLoader(ds, batch_size=16)
model = nn.Linear(1, 1)
loss_fn = nn.MSELoss()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for epoch in range(60):
    for xb, yb in dl:
        pred = model(xb)
        loss = loss_fn(pred, yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
    if epoch % 10 == 0:
        print(epoch, loss.item())
print(model.weight, model.bias)
