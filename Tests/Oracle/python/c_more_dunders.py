class N:
    def __init__(self, v): self.v = v
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __pow__(self, o): return N(self.v ** o)
    def __rpow__(self, o): return N(o ** self.v)
    def __rtruediv__(self, o): return N(o / self.v)
    def __rsub__(self, o): return N(o - self.v)
    def __pos__(self): return N(+self.v)
    def __invert__(self): return N(~self.v)
    def __and__(self, o): return N(self.v & o)
    def __or__(self, o): return N(self.v | o)
    def __lshift__(self, o): return N(self.v << o)
    def __repr__(self): return f"N({self.v})"
n = N(7)
print(n // 2, n % 4, n ** 2, 2 ** n, 14 / n, 10 - n, +n, ~n, n & 3, n | 8, n << 2)
