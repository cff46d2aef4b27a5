import copy
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 1))
best = copy.deepcopy(model.state_dict())
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(10, 3)
y = torch.randn(10, 1)
for i in range(5):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
print(loss)
print(nn.functional.mse_loss(model(x), y))
model.load_state_dict(best)
print(nn.functional.mse_loss(model(x), y))
clone = copy.deepcopy(model)
print(clone)
print(clone[0].weight is model[0].weight, torch.equal(clone[0].weight, model[0].weight))
