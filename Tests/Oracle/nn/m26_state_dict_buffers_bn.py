import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 2))
net(torch.randn(5, 3))
sd = net.state_dict()
for k, v in sd.items():
    print(k, tuple(v.shape), v.dtype)
print(sd["1.num_batches_tracked"])
net2 = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 2))
print(net2.load_state_dict(sd))
print(net2[1].running_mean)
print(net2[1].running_var is sd["1.running_var"])
keep = net.state_dict(keep_vars=True)
print(keep["0.weight"].requires_grad, type(keep["0.weight"]).__name__)
