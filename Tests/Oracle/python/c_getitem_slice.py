class Seq:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.items[i])
        return self.items[i]
    def __repr__(self):
        return f"Seq({self.items})"
s = Seq([1, 2, 3, 4, 5])
print(s[1:3], s[::2], s[0])
