# Issue 20's memory workload: a 200-step fit on 10^6 points (nn.Linear, nn.MSELoss, optim.SGD).
import torch
from torch import nn
N = 200
torch.manual_seed(0)
x = torch.rand(1000000, 1)
y = 3 * x + 2 + 0.1 * torch.randn(1000000, 1)
model = nn.Linear(1, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
for step in range(N):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
print(loss.item(), model.weight.item(), model.bias.item())
