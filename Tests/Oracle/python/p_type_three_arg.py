def init(self, x):
    self.x = x

Point = type("Point", (object,), {"__init__": init, "dims": 2, "norm": lambda self: abs(self.x)})
p = Point(-3)
print(p.x, p.dims, p.norm(), type(p).__name__, Point.__name__)
print(type(p) is Point, isinstance(p, Point))
Sub = type("Sub", (Point,), {})
s = Sub(4)
print(s.norm(), Sub.__mro__)
print(type(Sub), type(type))
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty().__class__.__name__)
print(Point.__qualname__, Point.__module__)
