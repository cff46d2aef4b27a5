from dataclasses import dataclass, field, asdict, astuple, replace, fields

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(0, 9, 1), Version(1, 0, 5)]
print(sorted(vs))
print(Version(1) < Version(1, 1))
print(max(vs))

@dataclass(frozen=True)
class Point:
    x: float
    y: float

p = Point(1.0, 2.0)
print(p, hash(p) == hash(Point(1.0, 2.0)))
print(asdict(p), astuple(p))
print(replace(p, y=5.0))
print([f.name for f in fields(Point)])
try:
    p.x = 3
except Exception as e:
    print(type(e).__name__, e)
s = {Point(0, 0), Point(0, 0), Point(1, 0)}
print(len(s))
p.x = 10
