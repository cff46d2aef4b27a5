import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(50, 2)
y = X @ torch.tensor([[3.0], [-1.0]]) + 2.0 + 0.1 * torch.randn(50, 1)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(300):
    opt.zero_grad()
    nn.functional.mse_loss(model(X), y).backward()
    opt.step()
A = torch.cat([X, torch.ones(50, 1)], dim=1)
closed = torch.linalg.lstsq(A, y).solution
print(model.weight.data, model.bias.data)
print(closed.squeeze())
print(torch.allclose(torch.cat([model.weight.data.squeeze(), model.bias.data]), closed.squeeze(), atol=1e-3))
