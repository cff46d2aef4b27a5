import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
n = 200
X = torch.cat([torch.randn(n // 2, 2) + 2, torch.randn(n // 2, 2) - 2])
y = torch.cat([torch.ones(n // 2), torch.zeros(n // 2)]).unsqueeze(1)
loader = DataLoader(TensorDataset(X, y), batch_size=25, shuffle=True)


class LogReg(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(2, 1)

    def forward(self, x):
        return self.linear(x)


model = LogReg()
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(5):
    epoch_loss = 0.0
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
        epoch_loss += loss.item()
    print(f"epoch {epoch + 1}: {epoch_loss / len(loader):.4f}")
with torch.no_grad():
    preds = (torch.sigmoid(model(X)) > 0.5).float()
    print("accuracy", (preds == y).float().mean().item())
print(model.linear.weight, model.linear.bias)
