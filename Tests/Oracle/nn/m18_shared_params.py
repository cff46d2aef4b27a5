import torch
import torch.nn as nn

shared = nn.Linear(2, 2)
net = nn.Sequential(shared, nn.ReLU(), shared)
print(net)
print(len(list(net.parameters())))
print([n for n, _ in net.named_parameters()])
print([n for n, _ in net.named_modules()])
print(list(net.state_dict().keys()))
