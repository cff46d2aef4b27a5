import torch
from torch.utils.data import TensorDataset, DataLoader, random_split, Subset

torch.manual_seed(0)
ds = TensorDataset(torch.arange(10.0), torch.arange(10))
train, val = random_split(ds, [8, 2])
print(len(train), len(val), type(train).__name__)
print(train.indices, val.indices)
print(val[0])
a, b, c = random_split(ds, [0.5, 0.3, 0.2])
print(a.indices, b.indices, c.indices)
g = torch.Generator().manual_seed(42)
t2, v2 = random_split(ds, [7, 3], generator=g)
print(t2.indices, v2.indices)
for xb, yb in DataLoader(val, batch_size=5):
    print(xb, yb)
s = Subset(ds, [9, 0])
print(len(s), s[0])
try:
    random_split(ds, [5, 6])
except ValueError as e:
    print("ValueError:", e)
print(torch.rand(1))
