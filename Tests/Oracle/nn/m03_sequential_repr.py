import torch
from torch import nn

torch.manual_seed(1)
model = nn.Sequential(
    nn.Linear(1, 8),
    nn.Tanh(),
    nn.Linear(8, 8),
    nn.ReLU(),
    nn.Linear(8, 1),
)
print(model)
print(len(model))
print(model[0])
print(model[-1])
print(model[1:3])
print(type(model[1:3]).__name__)
for name, p in model.named_parameters():
    print(name, tuple(p.shape))
print(sum(p.numel() for p in model.parameters()))
