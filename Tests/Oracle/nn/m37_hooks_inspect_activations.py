import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 6), nn.ReLU(), nn.Linear(6, 2))
stats = []

def record(name):
    def hook(module, inputs, output):
        stats.append((name, round(output.mean().item(), 4), round((output == 0).float().mean().item(), 4)))
    return hook

for name, m in model.named_modules():
    if isinstance(m, nn.ReLU):
        m.register_forward_hook(record(name))
model(torch.randn(16, 4))
for s in stats:
    print(s)
print(model[1]._forward_hooks.__class__.__name__, len(model[1]._forward_hooks))
