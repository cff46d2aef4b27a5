class Model:
    """A tiny model."""
    scale = 2
    def __init__(self):
        self.w = 1.5
        self.name = "m"
    def forward(self, x):
        return self.w * x * self.scale
    def __call__(self, x):
        return self.forward(x)
class Plain:
    pass
m = Model()
print(callable(m), callable(Plain()), callable(Model), callable(len), callable(m.forward), callable(3), callable(lambda: 0))
print(vars(m))
print([a for a in dir(m) if not a.startswith("_")])
print(dir(Plain()) == dir(Plain))
print(dir(m))
print(id(m) == id(m), id(m) == id(Model()), id([]) != 0)
print(hash(1), hash(-1), hash(2**61), hash(1.5), hash(True), hash((1, 2)), hash((1, (2, 3))), hash(()))
print(hash(m) == hash(m))
