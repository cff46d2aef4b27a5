import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(6)
X = torch.randn(80, 2)
Y = (X[:, :1] > X[:, 1:]).float()
loader = DataLoader(TensorDataset(X, Y), batch_size=10, shuffle=True)
model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
criterion = nn.BCEWithLogitsLoss()
for epoch in range(30):
    total = 0.0
    for xb, yb in loader:
        opt.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item()
    if epoch % 5 == 0:
        print(epoch, round(total / len(loader), 6))
print(model[2].weight.data)
