import torch
from torch import nn

torch.manual_seed(0)
x = torch.linspace(-2, 2, 8).unsqueeze(1)
y = torch.sin(3 * x)
model = nn.Sequential(nn.Linear(1, 6), nn.ReLU(), nn.Linear(6, 1))
loss_fn = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
losses = []
for step in range(500):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    if step % 100 == 99:
        losses.append(loss.item())
print(losses)
for name, p in model.named_parameters():
    print(name, p.data)
print(optimizer.state[model[0].weight]["step"])
