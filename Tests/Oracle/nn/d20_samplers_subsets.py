# Datasets and samplers beyond the basics: Subset, ConcatDataset, BatchSampler, WeightedRandomSampler, collate_fn
import torch
from torch.utils.data import DataLoader, TensorDataset, Subset, ConcatDataset, random_split
from torch.utils.data import SequentialSampler, RandomSampler, BatchSampler, WeightedRandomSampler
torch.manual_seed(0)
ds = TensorDataset(torch.arange(10.), torch.arange(10) % 3)
sub = Subset(ds, [0, 2, 4])
print(len(sub), sub[1])
cat = ConcatDataset([sub, ds])
print(len(cat), cat[3])
dl = DataLoader(ds, batch_size=4, shuffle=False, num_workers=0, pin_memory=False)
print([xb.tolist() for xb, _ in dl])
print(list(BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=False)))
print(list(RandomSampler(range(5))))
def collate(batch):
    xs, ys = zip(*batch)
    return torch.stack(xs), torch.tensor(ys)
dl2 = DataLoader(ds, batch_size=5, collate_fn=collate)
print(next(iter(dl2)))
w = WeightedRandomSampler([0.1, 0.9, 0.5], num_samples=6, replacement=True)
print(list(w))
print(len(dl), len(DataLoader(ds, batch_size=4, drop_last=True)))
dl3 = DataLoader(ds, batch_size=3, sampler=SequentialSampler(ds))
print([y.tolist() for _, y in dl3])
