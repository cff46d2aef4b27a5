class Batcher:
    def __init__(self, data, bs):
        self.data, self.bs = data, bs
    def __iter__(self):
        for i in range(0, len(self.data), self.bs):
            yield self.data[i:i + self.bs]
    def __len__(self):
        return (len(self.data) + self.bs - 1) // self.bs

def normalize(batches):
    for b in batches:
        m = sum(b) / len(b)
        yield [x - m for x in b]

def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return

b = Batcher(list(range(10)), 4)
print(len(b), list(b))
print(list(normalize(b)))
print(list(take(2, normalize(b))))
gen = (x * x for x in range(5))
print(next(gen), next(gen), list(gen), list(gen))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return "stopped at " + str(n)
        else:
            n += 1
c = counter()
print(next(c), c.send(None), c.send(None), c.send("reset"), c.send(None))
try:
    c.send("stop")
except StopIteration as e:
    print(e.value, e)
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in "a bb ccc".split()))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))), dict(zip("ab", range(2))))
print(list(enumerate("xy", start=1)), list(reversed(range(3))), sorted({3: 1, 1: 2}))
g = (i for i in range(3))
print(type(g).__name__, iter(g) is g)
