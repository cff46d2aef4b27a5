import torch
import torch.nn as nn
from torch.nn.utils import clip_grad_norm_

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
x = torch.randn(64, 4)
y = (x ** 3).sum(1, keepdim=True)
for epoch in range(15):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    norm = clip_grad_norm_(model.parameters(), 2.0)
    opt.step()
    if epoch % 3 == 0:
        print(epoch, f"{loss.item():.5f}", f"{norm.item():.5f}")
