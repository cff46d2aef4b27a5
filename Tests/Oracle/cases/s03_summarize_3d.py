import torch
print(torch.arange(2000).view(10, 10, 20))
