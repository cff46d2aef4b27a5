import torch
from torch.utils.data import TensorDataset, ConcatDataset, DataLoader

a = TensorDataset(torch.arange(3))
b = TensorDataset(torch.arange(10, 14))
c = ConcatDataset([a, b])
print(len(c), c[2], c[3], c[-1])
print(c.cumulative_sizes)
d = a + b
print(len(d), [x[0].item() for x in d])
print([x[0].tolist() for x in DataLoader(c, batch_size=4)])
