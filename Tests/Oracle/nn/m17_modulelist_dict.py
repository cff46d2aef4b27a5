import torch
import torch.nn as nn

layers = nn.ModuleList()
for i in range(3):
    layers.append(nn.Linear(i + 1, i + 2))
print(layers)
print(len(layers), layers[1], layers[-1])
layers.extend([nn.ReLU(), nn.ReLU()])
print(layers)
print(layers[1:3])
d = nn.ModuleDict()
d["enc"] = nn.Linear(2, 2)
d.update({"dec": nn.Linear(2, 2), "act": nn.ReLU()})
print(d)
print(list(d.keys()))
print("enc" in d, len(d))
for k, v in d.items():
    print(k, v)
print([n for n, _ in d.named_parameters()])
print(nn.ModuleList())
