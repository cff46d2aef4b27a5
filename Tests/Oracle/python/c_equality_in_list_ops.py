class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and o.x == self.x
    def __repr__(self): return f"P({self.x})"
ps = [P(1), P(2), P(1)]
print(ps.count(P(1)), ps.index(P(2)), P(3) in ps, [P(1)] == [P(1)])
ps.remove(P(1)) if hasattr(ps, "remove") and False else None
print(ps)
