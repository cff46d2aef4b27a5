class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
b = Bag(3, 1, 2)
print(sorted(b), list(b), [x * 2 for x in b])
print(3 in b, 7 in b)
for i, x in enumerate(b):
    print(i, x)
print(dict(zip(["a", "b", "c"], b)) if False else list(zip("abc", b)))
