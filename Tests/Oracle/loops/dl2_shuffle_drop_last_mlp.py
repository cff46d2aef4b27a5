import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(3)
X = torch.rand(90, 2) * 4 - 2
y = (X[:, :1] ** 2 - X[:, 1:]).sin()
train_dl = DataLoader(TensorDataset(X, y), batch_size=20, shuffle=True, drop_last=True)
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 1))
loss_fn = nn.MSELoss()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(50):
    for xb, yb in train_dl:
        pred = model(xb)
        loss = loss_fn(pred, yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
    if epoch % 10 == 0:
        print(f"epoch {epoch}: loss {loss.item():.6f}")
print(xb.shape, yb.shape)
print(torch.rand(2))
