import torch
t = torch.arange(10)
[1,2,3][::-9223372036854775808]
