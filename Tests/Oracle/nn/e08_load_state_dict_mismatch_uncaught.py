import torch
import torch.nn as nn

a = nn.Sequential(nn.Linear(2, 2))
b = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
print("loading")
b.load_state_dict(a.state_dict())
