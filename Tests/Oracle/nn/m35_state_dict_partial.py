import torch
import torch.nn as nn

torch.manual_seed(0)
big = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
small = nn.Linear(2, 3)
small.load_state_dict(big[0].state_dict())
print(torch.equal(small.weight, big[0].weight))
missing, unexpected = big.load_state_dict({"0.weight": torch.zeros(3, 2)}, strict=False)
print(missing, unexpected)
print(big[0].weight)
sd = big.state_dict(prefix="model.")
print(list(sd.keys()))
res = big.load_state_dict({k[len("model."):]: v for k, v in sd.items()})
print(res, res.missing_keys, res.unexpected_keys)
try:
    big.load_state_dict({"0.weight": "nope", "0.bias": torch.zeros(3), "2.weight": torch.zeros(1, 3), "2.bias": torch.zeros(1)})
except RuntimeError as e:
    print("RuntimeError:", e)
scalar = nn.Module()
scalar.register_parameter("s", nn.Parameter(torch.tensor(1.0)))
scalar.load_state_dict({"s": torch.tensor([5.0])})
print(scalar.s)
