import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
try:
    model(torch.ones(4, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.CrossEntropyLoss()(torch.randn(3, 4), torch.tensor([0.0, 1.0, 2.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    model(torch.ones(2, 3, dtype=torch.int64))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.MSELoss()(torch.ones(2), torch.ones(3))
except RuntimeError as e:
    print("RuntimeError:", e)
model(torch.ones(3))
print(model(torch.ones(3)))
model(torch.ones(5, 5))
