import torch
from torch.utils.data import TensorDataset, DataLoader

X = torch.arange(10.0).reshape(5, 2)
y = torch.tensor([0, 1, 0, 1, 1])
ds = TensorDataset(X, y)
print(len(ds))
print(ds[0])
print(ds[1:3])
loader = DataLoader(ds, batch_size=2)
print(len(loader))
for xb, yb in loader:
    print(xb, yb)
loader = DataLoader(ds, batch_size=2, drop_last=True)
print(len(loader), [b[1].tolist() for b in loader])
print(next(iter(DataLoader(ds))))
try:
    TensorDataset(X, torch.zeros(3))
except AssertionError as e:
    print("AssertionError:", e)
