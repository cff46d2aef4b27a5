class Batches:
    def __init__(self, data, bs):
        self.data, self.bs = data, bs
    def __iter__(self):
        for i in range(0, len(self.data), self.bs):
            yield self.data[i:i + self.bs]
    def __len__(self):
        return (len(self.data) + self.bs - 1) // self.bs
b = Batches(list(range(7)), 3)
print(len(b), list(b))
for batch in b:
    print(batch)
it = iter(b)
print(next(it), next(it))
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t.walk()), sum(t.walk()))
print(type(t.walk()).__name__)
