import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
acts = {}

def save(name):
    def hook(module, inp, out):
        acts[name] = out.detach()
        print("hook", name, type(module).__name__, len(inp), tuple(out.shape))
    return hook

handles = [net[i].register_forward_hook(save(str(i))) for i in range(3)]

def pre(module, inp):
    print("pre", inp[0].shape)
    return (inp[0] * 2,)

h = net.register_forward_pre_hook(pre)
y = net(torch.ones(4, 2))
print(y)
print(acts["1"])
for handle in handles:
    handle.remove()
h.remove()
y2 = net(torch.ones(4, 2))
print(y2)

def replace(module, inp, out):
    return out * 0

net[2].register_forward_hook(replace)
print(net(torch.ones(1, 2)))
