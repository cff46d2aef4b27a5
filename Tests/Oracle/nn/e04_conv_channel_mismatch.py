import torch
import torch.nn as nn

torch.manual_seed(0)
conv = nn.Conv2d(3, 4, 3)
print(conv)
conv(torch.randn(1, 1, 8, 8))
