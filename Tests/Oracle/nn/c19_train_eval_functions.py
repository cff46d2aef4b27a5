import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

def train_one_epoch(model, loader, loss_fn, optimizer):
    model.train()
    total, n = 0.0, 0
    for X, y in loader:
        pred = model(X)
        loss = loss_fn(pred, y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item() * len(X)
        n += len(X)
    return total / n

def evaluate(model, loader, loss_fn):
    model.eval()
    total, correct = 0.0, 0
    with torch.no_grad():
        for X, y in loader:
            pred = model(X)
            total += loss_fn(pred, y).item() * len(X)
            correct += (pred.argmax(1) == y).type(torch.float).sum().item()
    return total / len(loader.dataset), correct / len(loader.dataset)

torch.manual_seed(7)
X = torch.randn(90, 5)
y = (X[:, 0] + X[:, 1] * X[:, 2] > 0).long() + (X[:, 3] > 1).long()
train = DataLoader(TensorDataset(X[:60], y[:60]), batch_size=12, shuffle=True)
test = DataLoader(TensorDataset(X[60:], y[60:]), batch_size=12)
model = nn.Sequential(nn.Linear(5, 12), nn.GELU(), nn.LayerNorm(12), nn.Linear(12, 3))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.RMSprop(model.parameters(), lr=0.01)
for epoch in range(6):
    tl = train_one_epoch(model, train, loss_fn, optimizer)
    vl, acc = evaluate(model, test, loss_fn)
    print(f"Epoch {epoch + 1}: train {tl:>8f} test {vl:>8f} acc {100 * acc:>0.1f}%")
