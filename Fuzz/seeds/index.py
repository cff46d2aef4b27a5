import torch
x = torch.tensor([1.,2.,3.])
print(x[-4], x[10], x[-1000000000000000000])
