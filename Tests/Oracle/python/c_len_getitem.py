class Dataset:
    def __init__(self, n):
        self.data = [i * i for i in range(n)]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, idx):
        return self.data[idx], idx % 2

ds = Dataset(5)
print(len(ds))
print(ds[2], ds[-1])
for x, y in ds:
    print(x, y)
print(list(ds)[:2])
