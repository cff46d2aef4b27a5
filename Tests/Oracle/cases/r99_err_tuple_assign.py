import torch
shape = torch.ones(2, 3).shape
print(shape[0])
shape[0] = 5
