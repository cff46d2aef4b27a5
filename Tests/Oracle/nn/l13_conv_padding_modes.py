import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(1, 1, 4, 4)
for kw in [dict(padding="same"), dict(padding="valid"), dict(padding=1, padding_mode="reflect"), dict(padding=1, padding_mode="circular"), dict(stride=2, dilation=1, groups=1)]:
    torch.manual_seed(1)
    c = nn.Conv2d(1, 1, 3, **kw)
    print(c)
    print(c(x))
mp = nn.MaxPool2d(2, return_indices=True)
vals, idx = mp(x)
print(vals, idx)
try:
    nn.Conv2d(3, 4, 3, groups=2)
except ValueError as e:
    print("ValueError:", e)
