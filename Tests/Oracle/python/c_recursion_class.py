class Tree:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def total(self):
        return self.value + sum(c.total() for c in self.children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
    def __repr__(self):
        if not self.children:
            return f"Tree({self.value})"
        return f"Tree({self.value}, {self.children})"
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(t, t.total(), t.depth())
