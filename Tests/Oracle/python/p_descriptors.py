class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

class Layer:
    units = Positive()
    lr = Positive()
    def __init__(self, units, lr):
        self.units = units
        self.lr = lr

l = Layer(10, 0.5)
print(l.units, l.lr, l._units)
print(type(Layer.units).__name__)
try:
    l.units = -1
except ValueError as e:
    print(e)

class Lazy:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        setattr(obj, self.func.__name__, value)
        return value

class Data:
    @Lazy
    def stats(self):
        print("computing stats")
        return 42
d = Data()
print(d.stats, d.stats)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temp()
t.celsius = 100
print(t.fahrenheit, Temp.celsius.__class__.__name__)
del t.celsius
print(hasattr(t, "_c"))
Layer(0, 1)
