import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Flatten(), nn.Linear(8, 4), nn.BatchNorm1d(4), nn.Linear(4, 1))

@torch.no_grad()
def init(m):
    if isinstance(m, (nn.Linear, nn.Conv2d)):
        m.weight.fill_(0.1)
        if m.bias is not None:
            m.bias.zero_()
    elif isinstance(m, nn.BatchNorm1d):
        m.weight.fill_(2.0)

net.apply(init)
print(sum(1 for _ in net.modules()), len(list(net.children())))
print(net[3].weight[0], net[4].weight)
x = torch.ones(2, 1, 4, 4)
print(net(x))
counts = {}
for m in net.modules():
    counts[type(m).__name__] = counts.get(type(m).__name__, 0) + 1
print(counts)
