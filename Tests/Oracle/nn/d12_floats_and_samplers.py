import torch
from torch.utils.data import DataLoader, SubsetRandomSampler, SequentialSampler

pairs = [(0.5, 1), (1.5, 0), (2.5, 1), (3.5, 0), (4.5, 1)]
for xb, yb in DataLoader(pairs, batch_size=2):
    print(xb, xb.dtype, yb, yb.dtype)
torch.manual_seed(0)
sampler = SubsetRandomSampler([0, 2, 4])
print(list(sampler), len(sampler))
print([b[1].tolist() for b in DataLoader(pairs, batch_size=2, sampler=sampler)])
print(list(SequentialSampler(pairs)))
g = torch.Generator().manual_seed(3)
print([b[0].tolist() for b in DataLoader(pairs, batch_size=5, shuffle=True, generator=g)])
print(torch.randint(0, 10, (3,)))
