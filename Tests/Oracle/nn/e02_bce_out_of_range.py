import torch
import torch.nn as nn

p = torch.tensor([0.2, 1.5])
t = torch.tensor([0.0, 1.0])
print(nn.BCELoss()(torch.tensor([0.2, 0.9]), t))
nn.BCELoss()(p, t)
