import torch
from torch.utils.data import Dataset, DataLoader, TensorDataset, Subset

class Batched(Dataset):
    def __init__(self):
        self.data = torch.arange(10.0)

    def __len__(self):
        return 10

    def __getitem__(self, i):
        return self.data[i]

    def __getitems__(self, idxs):
        print("getitems", idxs)
        return [self.data[i] * 10 for i in idxs]

print(list(DataLoader(Batched(), batch_size=4)))
print(list(DataLoader(Subset(Batched(), [1, 3, 5]), batch_size=2)))

class NoLen(Dataset):
    def __getitem__(self, i):
        return i

try:
    DataLoader(NoLen(), batch_size=2, shuffle=True)
    print("constructed")
    len(DataLoader(NoLen()))
except TypeError as e:
    print("TypeError:", e)
