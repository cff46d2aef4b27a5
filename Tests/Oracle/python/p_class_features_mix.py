class Registry:
    _items = {}

    @classmethod
    def register(cls, name=None):
        def deco(obj):
            cls._items[name or obj.__name__] = obj
            return obj
        return deco

    @classmethod
    def create(cls, name, *args, **kwargs):
        if name not in cls._items:
            raise KeyError(f"unknown: {name!r}; known: {sorted(cls._items)}")
        return cls._items[name](*args, **kwargs)

@Registry.register()
class Linear:
    def __init__(self, n_in, n_out):
        self.shape = (n_in, n_out)
    def __repr__(self):
        return f"{type(self).__name__}{self.shape}"

@Registry.register("relu")
def relu(x):
    return max(0, x)

print(Registry.create("Linear", 3, 4), Registry.create("relu", -2))
try:
    Registry.create("conv")
except KeyError as e:
    print("KeyError:", e)

class Meta:
    count = 0
    def __init__(self):
        type(self).count += 1
        self.id = type(self).count
    def __eq__(self, other):
        return isinstance(other, Meta) and self.id == other.id
    __hash__ = object.__hash__
    def __lt__(self, other):
        return self.id < other.id

xs = [Meta() for _ in range(3)]
print([m.id for m in sorted(xs, reverse=True)], Meta.count, xs[0] == xs[0], xs[0] != xs[1], len({xs[0], xs[0]}))

class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __iter__(self): yield self.x; yield self.y
    def __repr__(self): return "Vector({!r}, {!r})".format(*self)
    def __bool__(self): return bool(self.x or self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]
print(Vector(1, 2) + Vector(3, 4), 2 * Vector(1, 1), Vector(1, 2) * 3, bool(Vector()), list(Vector(5, 6)), Vector(7, 8)[1])
x, y = Vector(9, 10)
print(x, y, getattr(Vector(1, 2), "x"), hasattr(Vector(), "__dict__"))
print(Linear.__name__, Linear.__qualname__, Linear.__module__, relu.__name__, callable(Linear))
print(isinstance(Linear(1, 2), object), issubclass(Linear, object), type(Linear(1, 1)) is Linear)
v = Vector(1, 2)
v.z = 3
