import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1, 2), nn.Sequential(nn.Linear(2, 2), nn.ReLU()))
print([n for n, _ in model.named_parameters(prefix="model")])
print([n for n, _ in model.named_parameters(recurse=False)])
print([n for n, _ in model[1].named_parameters()])
print([n for n, _ in model.named_modules(prefix="root")])
for p in model.parameters():
    print(p)
print(len(list(model.buffers())))
print(model[1][0].weight.shape)
