import functools

@functools.total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"Score({self.v})"
    def __bool__(self):
        return self.v != 0
    def __format__(self, spec):
        return format(self.v, spec) + "pts"

a, b = Score(3), Score(5)
print(a <= b, a >= b, a > b, sorted([b, a, Score(1)]), max(a, b))
print(f"{a:>5}", bool(Score(0)), {a, Score(3)})

class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("Seq index out of range")
        return i * 10
    def __reversed__(self):
        return iter([self[i] for i in range(self.n - 1, -1, -1)])
s = Seq(4)
print(list(s), s[1:3], s[-1], list(reversed(s)), 20 in s, s[::2])

class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self): return f"Matrix({self.rows})"
    def __neg__(self): return Matrix([[-x for x in r] for r in self.rows])
    def __abs__(self): return Matrix([[abs(x) for x in r] for r in self.rows])
    def __iter__(self): return iter(self.rows)
m = Matrix([[1, 2], [3, 4]])
print(m @ m, -m, abs(-m) == m, list(m), m != m)
print(s[10])
