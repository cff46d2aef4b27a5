class MyList(list):
    def mean(self):
        return sum(self) / len(self)
    def __repr__(self):
        return "MyList(" + super().__repr__() + ")"

m = MyList([1, 2, 3])
m.append(6)
print(m, m.mean(), len(m), m[1:], type(m[1:]).__name__)
print(isinstance(m, list), sorted(m, reverse=True))

class DefaultZero(dict):
    def __missing__(self, key):
        return 0

d = DefaultZero(a=1)
print(d["a"], d["b"], d, "b" in d)

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value

cfg = AttrDict(lr=0.1)
cfg.epochs = 5
print(cfg.lr, cfg.epochs, cfg)
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError", e)

class ShapeError(ValueError):
    def __init__(self, expected, got):
        super().__init__(f"expected {expected}, got {got}")
        self.expected = expected
        self.got = got

try:
    raise ShapeError((3, 4), (4, 3))
except ValueError as e:
    print(e, e.expected, e.got, e.args)

class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u.shout(), u + "x", len(u))

class Count(int):
    def __repr__(self):
        return f"Count({int(self)})"
c = Count(5)
print(c + 1, repr(c), c * 2)
raise ShapeError(1, 2)
