import torch
import torch.nn as nn
from torch.optim.lr_scheduler import StepLR

torch.manual_seed(0)
X = torch.randn(64, 2)
Y = X @ torch.tensor([[2.0], [-1.0]]) + 0.3
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
scheduler = StepLR(optimizer, step_size=30, gamma=0.5)
loss_fn = nn.MSELoss()
for epoch in range(200):
    optimizer.zero_grad()
    loss = loss_fn(model(X), Y)
    loss.backward()
    optimizer.step()
    scheduler.step()
    if epoch % 40 == 0:
        print(epoch, scheduler.get_last_lr(), loss.item())
print(loss.item())
print(model.weight.data, model.bias.data)
print(scheduler.get_last_lr(), scheduler.last_epoch)
