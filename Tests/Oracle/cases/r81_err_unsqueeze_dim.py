import torch
x = torch.ones(2, 3)
print(x.unsqueeze(2).shape)
print(x.transpose(0, 2))
