class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and o.x == self.x
class H(P):
    def __hash__(self): return hash(self.x)
print(H(1) == H(1), hash(H(3)) == hash(3), P.__hash__)
d = {H(1): "one"}
print(d[H(1)])
s = set()
s.add(H(2))
print(len(s))
d[P(1)] = "boom"
