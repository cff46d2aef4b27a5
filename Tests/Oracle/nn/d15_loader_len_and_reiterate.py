import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
ds = TensorDataset(torch.arange(7), torch.arange(7) * 10)
for bs, drop in [(1, False), (2, False), (2, True), (3, True), (7, False), (8, True)]:
    dl = DataLoader(ds, batch_size=bs, drop_last=drop)
    print(bs, drop, len(dl), [len(b[0]) for b in dl])
dl = DataLoader(ds, batch_size=3, shuffle=True)
epoch1 = [b[0].tolist() for b in dl]
epoch2 = [b[0].tolist() for b in dl]
print(epoch1, epoch2, epoch1 != epoch2)
torch.manual_seed(0)
again = [b[0].tolist() for b in DataLoader(ds, batch_size=3, shuffle=True)]
print(again == epoch1)
