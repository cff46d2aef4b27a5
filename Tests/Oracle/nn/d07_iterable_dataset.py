import torch
from torch.utils.data import IterableDataset, DataLoader

class Counter(IterableDataset):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield torch.tensor([float(i)])

print(list(DataLoader(Counter(5), batch_size=2)))
print(list(DataLoader(Counter(5), batch_size=2, drop_last=True)))
print(list(DataLoader(Counter(3), batch_size=None)))
