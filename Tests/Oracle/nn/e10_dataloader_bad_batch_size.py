import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(4))
print(len(DataLoader(ds, batch_size=3)))
DataLoader(ds, batch_size=-2)
