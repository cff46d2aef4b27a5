import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
X = torch.randn(10, 2)
y = torch.randint(0, 2, (10,))
loader = DataLoader(TensorDataset(X, y), batch_size=4, shuffle=True, drop_last=False)
for i, (xb, yb) in enumerate(loader):
    print(i, xb.shape, yb)
print(len(loader), len(loader.dataset), loader.batch_size)
big = DataLoader(TensorDataset(X, y), batch_size=32)
print(len(big), [b[0].shape for b in big])
it = iter(loader)
first = next(it)
second = next(it)
print(first[1], second[1])
print(sum(len(b[0]) for b in loader))
