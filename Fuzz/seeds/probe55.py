import torch
t = torch.arange(10)
-9223372036854775808 % -1
