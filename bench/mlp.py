# A small MLP as course notebooks write one: nn.Sequential(Linear, ReLU, Linear) on 1,000 points,
# nn.MSELoss and Adam, printing the loss every N // 10 steps.
import torch
from torch import nn
N = 1000
torch.manual_seed(0)
x = torch.linspace(-2, 2, 1000).unsqueeze(1)
y = torch.sin(3 * x) + 0.1 * torch.randn(1000, 1)
model = nn.Sequential(nn.Linear(1, 32), nn.ReLU(), nn.Linear(32, 1))
loss_fn = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
for step in range(N):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    if step % (N // 10) == 0:
        print(step, loss.item())
print(loss.item())
