from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1])
x, y = p
print(x + y, p == (3, 4), len(p))
print(p._asdict(), p._replace(x=10), Point._fields)
Pair = namedtuple("Pair", "first second")
print(Pair(1, second=2))
Cfg = namedtuple("Cfg", "lr epochs", defaults=[10])
print(Cfg(0.1), Cfg(0.01, 5))
