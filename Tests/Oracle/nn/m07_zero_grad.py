import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
x = torch.randn(4, 2)
model(x).sum().backward()
print(model.weight.grad)
model.zero_grad(set_to_none=False)
print(model.weight.grad)
model(x).sum().backward()
model(x).sum().backward()
print(model.bias.grad)
model.zero_grad()
print(model.weight.grad, model.bias.grad)
