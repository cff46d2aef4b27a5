import numpy as np
import torch

x_np = np.linspace(-1, 1, 8).reshape(-1, 1)
y_np = 3 * x_np - 0.5
x = torch.from_numpy(x_np).float()
y = torch.from_numpy(y_np).float()
model = torch.nn.Linear(1, 1)
torch.nn.init.zeros_(model.weight)
torch.nn.init.zeros_(model.bias)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(20):
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
print(loss.item())
print(model.weight.detach().numpy(), model.bias.detach().numpy())
preds = model(x).detach().numpy()
print(preds.shape, preds.dtype)
print(np.abs(preds - y_np).max() < 0.1)
