class Node:
    def __init__(self, name): self.name = name
a, b = Node("a"), Node("b")
seen = set()
seen.add(a)
seen.add(a)
seen.add(b)
print(len(seen), a in seen)
d = {a: 1, b: 2}
print(d[a], d[b])
