import torch
from torch.utils.data import DataLoader, TensorDataset, RandomSampler, SequentialSampler, BatchSampler

ds = TensorDataset(torch.arange(6))
for kw in [dict(batch_size=0), dict(batch_size=2, drop_last=1), dict(sampler=SequentialSampler(ds), shuffle=True),
           dict(batch_sampler=BatchSampler(SequentialSampler(ds), 2, False), batch_size=3),
           dict(num_workers=-1), dict(batch_size=None, drop_last=True)]:
    try:
        DataLoader(ds, **kw)
        print("ok", kw.keys())
    except ValueError as e:
        print("ValueError:", e)
torch.manual_seed(3)
print(list(RandomSampler(ds)))
print(list(RandomSampler(ds, replacement=True, num_samples=4)))
print(list(BatchSampler(SequentialSampler(range(5)), 2, drop_last=False)))
print(len(BatchSampler(SequentialSampler(range(5)), 2, drop_last=True)))
dl = DataLoader(ds, batch_sampler=BatchSampler(RandomSampler(ds), 4, False))
print([b[0].tolist() for b in dl])
print(torch.rand(1))
