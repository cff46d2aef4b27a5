import torch
t = torch.arange(10)
t.view(0, -1)
