import torch
x = torch.arange(5)
i = torch.tensor(1.)
print(x[1])
print(x[i])
