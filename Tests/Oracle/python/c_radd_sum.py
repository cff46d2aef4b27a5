class Val:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        other = other.v if isinstance(other, Val) else other
        return Val(self.v + other)
    def __radd__(self, other):
        return self + other
    def __repr__(self):
        return f"Val({self.v})"
print(sum([Val(1), Val(2), Val(3)]))
print(10 + Val(1), Val(1) + 10, 2.5 + Val(1))
