import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
print(layer)
print(layer.weight)
print(layer.bias)
print(layer.weight.shape, layer.bias.shape)
print(layer.weight.requires_grad, layer.weight.is_leaf, layer.weight.grad)
x = torch.tensor([[1.0, 2.0, 3.0]])
y = layer(x)
print(y)
print(y.grad_fn.name(), type(y.grad_fn).__name__)
