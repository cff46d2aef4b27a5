import torch
import torch.nn as nn

class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.fc = nn.Linear(d, d)
        self.act = nn.LeakyReLU(0.2)
        self.drop = nn.Dropout(0.1)

    def forward(self, x):
        return self.drop(self.act(self.fc(x)))

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(4, 6)
        self.blocks = nn.ModuleList([Block(6) for _ in range(3)])
        self.heads = nn.ModuleDict({"a": nn.Linear(6, 2), "b": nn.Linear(6, 1, bias=False)})
        self.norm = nn.LayerNorm(6)

    def forward(self, x):
        x = self.inp(x)
        for b in self.blocks:
            x = b(x)
        x = self.norm(x)
        return self.heads["a"](x), self.heads["b"](x)

torch.manual_seed(0)
net = Net()
print(net)
print([n for n, _ in net.named_parameters()])
print([n for n, _ in net.named_modules()])
print([n for n, _ in net.named_children()])
