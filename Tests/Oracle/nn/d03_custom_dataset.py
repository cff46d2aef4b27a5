import torch
from torch.utils.data import Dataset, DataLoader

class Squares(Dataset):
    def __init__(self, n):
        self.x = torch.arange(n, dtype=torch.float32)

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return self.x[i], self.x[i] ** 2

ds = Squares(7)
print(len(ds), ds[3])
for xb, yb in DataLoader(ds, batch_size=3):
    print(xb, yb)

class Dicts(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        return {"feat": torch.tensor([i, i + 1.0]), "label": i % 2, "weight": i * 0.5, "name": f"item{i}"}

for batch in DataLoader(Dicts(), batch_size=2):
    print(batch)

class Lists(Dataset):
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return [i, float(i), True]

print(list(DataLoader(Lists(), batch_size=3)))
