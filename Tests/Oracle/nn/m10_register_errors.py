import torch
import torch.nn as nn

class Bad(nn.Module):
    def __init__(self):
        self.w = nn.Parameter(torch.zeros(1))

try:
    Bad()
except AttributeError as e:
    print("AttributeError:", e)

m = nn.Module()
try:
    m.register_parameter("a.b", nn.Parameter(torch.zeros(1)))
except KeyError as e:
    print("KeyError:", e)
try:
    m.register_parameter("w", torch.zeros(1))
except TypeError as e:
    print("TypeError:", e)
m.w = nn.Parameter(torch.ones(2))
try:
    m.w = torch.zeros(2)
except TypeError as e:
    print("TypeError:", e)
try:
    m.add_module("sub", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    m.nothing
except AttributeError as e:
    print("AttributeError:", e)
x = torch.ones(1, requires_grad=True) * 2
try:
    m.register_parameter("v", nn.Parameter(x))
    print("ok", m.v)
except ValueError as e:
    print("ValueError:", e)
m.w = None
print(list(m.named_parameters()), m.w)
