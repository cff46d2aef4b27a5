import torch
import torch.nn as nn

class Scale(nn.Module):
    def __init__(self, factor):
        super().__init__()
        self.factor = factor

    def forward(self, x):
        return x * self.factor

    def extra_repr(self):
        return f"factor={self.factor}"

class TwoLine(nn.Module):
    def extra_repr(self):
        return "line one\nline two"

net = nn.Sequential(Scale(2.5), nn.Linear(3, 3), TwoLine())
print(net)
print(Scale(3))
print(TwoLine())
print(net(torch.ones(1, 3)).shape if False else net[0](torch.ones(2)))
