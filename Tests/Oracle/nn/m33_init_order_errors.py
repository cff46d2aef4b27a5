import torch
import torch.nn as nn

class Early(nn.Module):
    def __init__(self):
        self.size = 3
        self.fc = nn.Linear(3, 3)
        super().__init__()

try:
    Early()
except AttributeError as e:
    print("AttributeError:", e)

class EarlyBuffer(nn.Module):
    def __init__(self):
        self.register_buffer("b", torch.zeros(1))

try:
    EarlyBuffer()
except AttributeError as e:
    print("AttributeError:", e)

ml = nn.ModuleList([nn.Linear(1, 1)])
try:
    ml(torch.ones(1))
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    nn.Module.__init__(nn.Module(), 3)
except TypeError as e:
    print("TypeError:", e)
try:
    nn.Linear(2, 2).foo
except AttributeError as e:
    print("AttributeError:", e)
