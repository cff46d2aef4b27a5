import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader, random_split

torch.manual_seed(123)
X = torch.rand(100, 3)
y = X @ torch.tensor([1.5, -2.0, 0.7]) + 0.5 + 0.05 * torch.randn(100)
ds = TensorDataset(X, y.unsqueeze(1))
train_ds, val_ds = random_split(ds, [80, 20])
train_dl = DataLoader(train_ds, batch_size=16, shuffle=True)
val_dl = DataLoader(val_ds, batch_size=20)
model = nn.Linear(3, 1)
opt = torch.optim.AdamW(model.parameters(), lr=0.05, weight_decay=0.01)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=8)
loss_fn = nn.MSELoss()
history = []
for epoch in range(8):
    model.train()
    for xb, yb in train_dl:
        opt.zero_grad()
        loss_fn(model(xb), yb).backward()
        opt.step()
    sched.step()
    model.eval()
    with torch.no_grad():
        val = sum(loss_fn(model(xb), yb).item() for xb, yb in val_dl) / len(val_dl)
    history.append(round(val, 5))
    print(f"epoch {epoch}: val {val:.5f} lr {sched.get_last_lr()[0]:.5f}")
print(history)
print(model.state_dict())
