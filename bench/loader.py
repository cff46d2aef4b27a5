# An epoch loop over a shuffled DataLoader as course notebooks write one: a TensorDataset of 1,000
# points in batches of 64 (the last one partial), nn.Sequential(Linear, ReLU, Linear), nn.MSELoss and
# Adam, printing the last batch's loss every N // 10 epochs. The permutation is drawn every epoch.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
N = 200
torch.manual_seed(0)
X = torch.rand(1000, 2) * 4 - 2
y = (X[:, :1] ** 2 - X[:, 1:]).sin()
dl = DataLoader(TensorDataset(X, y), batch_size=64, shuffle=True)
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 1))
loss_fn = nn.MSELoss()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(N):
    for xb, yb in dl:
        pred = model(xb)
        loss = loss_fn(pred, yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
    if epoch % (N // 10) == 0:
        print(epoch, loss.item())
print(loss.item())
