import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(4)
x = torch.arange(20.0).reshape(10, 2)
labels = torch.arange(10)
dl = DataLoader(TensorDataset(x, labels), batch_size=4, shuffle=True)
it = iter(dl)
print(type(it).__name__, len(dl))
xb, yb = next(it)
print(xb, yb)
print(xb.is_contiguous(), xb.requires_grad, yb.dtype)
print([b[1].tolist() for b in dl])
single = DataLoader(TensorDataset(torch.linspace(0, 1, 5)), batch_size=2, drop_last=True)
for batch in single:
    print(type(batch).__name__, len(batch), batch[0])
g = torch.Generator()
g.manual_seed(7)
shuffled = DataLoader(TensorDataset(x[:, 0]), batch_size=3, shuffle=True, generator=g)
for epoch in range(2):
    print([b[0].tolist() for b in shuffled])
print(torch.rand(2))
print(torch.randint(0, 10, (3,), generator=g))
