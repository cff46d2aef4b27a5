import torch
from torch.utils.data import Dataset, DataLoader

class NoGetItem(Dataset):
    def __len__(self):
        return 3

try:
    NoGetItem()[0]
except NotImplementedError as e:
    print("NotImplementedError:", e)

class Broken(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i == 3:
            raise KeyError("bad item")
        return torch.tensor([float(i)])

loader = DataLoader(Broken(), batch_size=2)
batches = []
try:
    for b in loader:
        batches.append(b)
except KeyError as e:
    print("KeyError:", e)
print(batches)
list(DataLoader(Broken(), batch_size=3))
