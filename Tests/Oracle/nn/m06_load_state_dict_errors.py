import torch
import torch.nn as nn

torch.manual_seed(0)
a = nn.Linear(3, 2)
b = nn.Linear(3, 4)
try:
    b.load_state_dict(a.state_dict())
except RuntimeError as e:
    print("RuntimeError:", e)
sd = a.state_dict()
sd["extra"] = torch.zeros(1)
del sd["bias"]
try:
    a.load_state_dict(sd)
except RuntimeError as e:
    print("RuntimeError:", e)
print(a.load_state_dict(sd, strict=False))
