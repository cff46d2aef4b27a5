class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

v = Vec(1, 2)
print(v.x, v.y, Vec.__slots__)
try:
    v.z = 3
except AttributeError as e:
    print(e)
print(hasattr(v, "__dict__"))

class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls

class CSV(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
print(Plugin.registry)

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Opt:
    def __init__(self, lr, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
print(Opt(0.1))
print([Opt(1, 2)])
