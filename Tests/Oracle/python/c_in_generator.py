class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(3 in t.walk(), 9 in t.walk(), 4 not in t.walk())
g = t.walk()
print(2 in g, list(g))
