import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Dropout(0.5), nn.Linear(32, 1))
x = torch.randn(3, 4)
model.train()
a = model(x)
b = model(x)
print(torch.equal(a, b))
model.eval()
with torch.no_grad():
    c = model(x)
    d = model(x)
print(torch.equal(c, d), c.requires_grad)
print(c)
print(torch.rand(2))
