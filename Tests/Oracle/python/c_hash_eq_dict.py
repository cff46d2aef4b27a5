class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
d = {Key(1): "one"}
d[Key(2)] = "two"
print(d[Key(1)], len(d), Key(2) in d)
