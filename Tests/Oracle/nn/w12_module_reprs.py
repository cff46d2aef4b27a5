import torch
from torch import nn
torch.manual_seed(9)
class MLP(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])])
        self.scale = nn.Parameter(torch.ones(1))
        self.register_buffer('steps', torch.zeros(1))
    def forward(self, x):
        for l in self.layers[:-1]:
            x = torch.relu(l(x))
        return self.layers[-1](x) * self.scale
net = MLP([4, 6, 2])
print(net)
print(net.state_dict().keys())
for k, v in net.state_dict().items():
    print(k, tuple(v.shape))
print([n for n, _ in net.named_modules()])
print(sum(p.numel() for p in net.parameters() if p.requires_grad))
print(net(torch.randn(3, 4)).shape)
print(net.scale)
print(net.steps)
net.layers[0].weight.requires_grad_(False)
print([n for n, p in net.named_parameters() if p.requires_grad])
print(nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.BatchNorm2d(4), nn.MaxPool2d(2), nn.Dropout(0.25)))
print(nn.Embedding(10, 3), nn.LayerNorm(5), nn.BatchNorm1d(7, momentum=0.2))
print(nn.CrossEntropyLoss(), nn.MSELoss(reduction='sum'), nn.LeakyReLU(0.1), nn.Softmax(dim=-1))
bn = nn.BatchNorm1d(3)
xb = torch.randn(5, 3) * 2 + 1
bn(xb)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(xb).mean(0).abs().max().item() < 10)
print(dict(net.named_children()).keys())
