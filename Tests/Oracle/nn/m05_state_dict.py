import torch
import torch.nn as nn

torch.manual_seed(2)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
sd = model.state_dict()
print(type(sd).__name__)
print(list(sd.keys()))
print(sd)
print(sd["0.weight"].requires_grad)
other = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
print(other[0].weight)
result = other.load_state_dict(sd)
print(result)
print(other[0].weight)
print(torch.equal(other[2].bias, model[2].bias))
