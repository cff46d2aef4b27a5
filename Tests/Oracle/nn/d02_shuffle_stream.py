import torch
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(0)
ds = TensorDataset(torch.arange(10))
loader = DataLoader(ds, batch_size=3, shuffle=True)
for epoch in range(3):
    print(epoch, [b[0].tolist() for b in loader])
print(torch.randn(2))
g = torch.Generator()
g.manual_seed(7)
loader2 = DataLoader(ds, batch_size=4, shuffle=True, generator=g)
print([b[0].tolist() for b in loader2])
print([b[0].tolist() for b in loader2])
print(torch.randn(2))
seq = DataLoader(ds, batch_size=4)
list(seq)
print(torch.randn(1))
