import math

import torch
import torch.nn as nn
from torch.optim.lr_scheduler import CosineAnnealingLR, LambdaLR

torch.manual_seed(4)
X = torch.rand(12, 2) * 4 - 2
Y = torch.tanh(2 * X[:, :1] - X[:, 1:])
model = nn.Sequential(nn.Linear(2, 6), nn.Tanh(), nn.Linear(6, 1))
opt = torch.optim.AdamW(model.parameters(), lr=0.03, weight_decay=0.01)
warmup = LambdaLR(opt, lr_lambda=lambda e: min(1.0, (e + 1) / 20) * 0.98 ** e)
for epoch in range(250):
    opt.zero_grad()
    loss = ((model(X) - Y) ** 2).mean()
    loss.backward()
    opt.step()
    warmup.step()
    if epoch % 50 == 49:
        print(epoch, round(loss.item(), 6), warmup.get_last_lr()[0])
print(loss.item())

model2 = nn.Linear(3, 2)
opt2 = torch.optim.RMSprop(model2.parameters(), lr=0.01)
cosine = CosineAnnealingLR(opt2, T_max=60, eta_min=0.001)
A = torch.randn(20, 3)
B = torch.randn(20, 2)
criterion = nn.MSELoss()
for epoch in range(180):
    opt2.zero_grad()
    loss = criterion(model2(A), B)
    loss.backward()
    opt2.step()
    cosine.step()
print(loss.item(), cosine.get_last_lr())
print(model2.weight.data)
