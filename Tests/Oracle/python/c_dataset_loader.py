class ToyDataset:
    def __init__(self, n):
        self.xs = list(range(n))
        self.ys = [2 * x + 1 for x in self.xs]
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i], self.ys[i]

class Loader:
    def __init__(self, ds, batch_size):
        self.ds = ds
        self.bs = batch_size
    def __iter__(self):
        batch = []
        out = []
        for i in range(len(self.ds)):
            batch.append(self.ds[i])
            if len(batch) == self.bs:
                out.append(batch)
                batch = []
        if batch:
            out.append(batch)
        return iter(out)
    def __len__(self):
        return (len(self.ds) + self.bs - 1) // self.bs

loader = Loader(ToyDataset(7), 3)
print(len(loader))
for batch in loader:
    xs = [x for x, _ in batch]
    ys = [y for _, y in batch]
    print(xs, ys)
