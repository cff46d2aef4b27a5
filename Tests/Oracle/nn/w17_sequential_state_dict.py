import torch
from torch import nn
torch.manual_seed(13)
net = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1))
print(net.state_dict())
print(net[0])
print(net[0].weight.data.shape, net[-1].bias.item() != 0)
x = torch.randn(5, 4)
out = net(x)
print(out.squeeze().shape, out.view(-1).shape)
print(out.mean().item() == out.mean())
print(torch.sigmoid(out).round().long().view(-1).tolist() is not None)
print(list(net.children())[1])
print(net[1:])
del net[1]
print(net)
net.insert(1, nn.ReLU()) if hasattr(net, 'insert') else None
print(len(net))
