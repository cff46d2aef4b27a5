import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)
        self.scale = torch.tensor(3.0)
        self.name = "net"
        self.sizes = [2, 2]

    def forward(self, x):
        return self.fc(x) * self.scale

net = Net()
print(net)
print(net.scale, net.name, net.sizes)
print([n for n, _ in net.named_parameters()], list(net.state_dict().keys()))
print(hasattr(net, "fc"), hasattr(net, "missing"))
print(isinstance(net, nn.Module), net.__class__.__name__, type(net.fc).__name__)
print(list(net.children()))
print(list(net.modules()))
setattr(net, "extra", nn.ReLU())
print(net)
del net.extra
print(net)
del net.fc
print(net, list(net.parameters()))
net.fc = nn.Linear(2, 1)
print([n for n, _ in net.named_parameters()])
print(net.get_submodule("fc"), net.get_parameter("fc.bias").shape)
