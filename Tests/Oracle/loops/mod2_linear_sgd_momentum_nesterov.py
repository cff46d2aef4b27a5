import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(3)
X = torch.randn(12, 3)
y = X @ torch.tensor([[1.5], [-2.0], [0.5]]) + 0.3
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, nesterov=True, weight_decay=1e-3)
for step in range(400):
    opt.zero_grad()
    loss = F.mse_loss(model(X), y)
    loss.backward()
    opt.step()
    if step % 50 == 0:
        print(f"step {step}: loss {loss.item():.6f}")
print(model.weight.data, model.bias.data)
print(opt.state[model.weight]["momentum_buffer"])
