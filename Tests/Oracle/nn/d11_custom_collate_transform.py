import torch
from torch.utils.data import Dataset, DataLoader

class Words(Dataset):
    def __init__(self, words, transform=None):
        self.words = words
        self.transform = transform

    def __len__(self):
        return len(self.words)

    def __getitem__(self, i):
        w = self.words[i]
        if self.transform:
            w = self.transform(w)
        return w, len(w)

def pad_collate(batch):
    words, lengths = zip(*batch)
    width = max(lengths)
    codes = torch.tensor([[ord(c) - 96 for c in w] + [0] * (width - len(w)) for w in words])
    return codes, torch.tensor(lengths)

ds = Words(["cat", "horse", "ox", "zebra", "dog"], transform=str.lower)
for codes, lens in DataLoader(ds, batch_size=2, collate_fn=pad_collate):
    print(codes, lens)
for batch in DataLoader(ds, batch_size=3):
    x, n = batch
    print(x, n)
torch.manual_seed(1)
print([b[1].tolist() for b in DataLoader(ds, batch_size=2, shuffle=True)])
