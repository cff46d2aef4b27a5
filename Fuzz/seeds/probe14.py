import torch
t = torch.arange(10)
t.view(2, 9223372036854775807)
