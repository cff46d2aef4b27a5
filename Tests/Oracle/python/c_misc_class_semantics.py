class A:
    def __init__(self, v=0): self.v = v
    def clone(self): return type(self)(self.v + 1)
    def __repr__(self): return f"{self.__class__.__name__}<{super().__repr__()[:10]}>"
class B(A): pass
b = B(1).clone()
print(b, b.v, type(b).__name__)
print(object.__repr__(b)[:12])
print(A.__init__, A.__repr__ is A.__dict__['__repr__'])
print(str(b) == repr(b))
def f(x, *args, y=2, **kw): pass
print(f.__defaults__, f.__kwdefaults__, f.__name__)
print(A.__dict__['clone'].__qualname__)
class Meta:
    x = 1
m = Meta()
Meta.x = 5
print(m.x)
m.__class__ = A if False else Meta
print(hasattr(m, "__dict__"), hasattr(Meta, "__dict__"), "x" in dir(Meta))
print(issubclass(B, (int, A)), isinstance(b, (int, (str, A))))
print([cls.__name__ for cls in B.__mro__])
print(getattr(B, "clone").__name__, getattr(b, "clone").__self__ is b)
class C:
    def __init__(self):
        self.items = [1, 2]
    def __iter__(self):
        return iter(self.items)
x, y = C()
print(x, y, *C(), max(C()), min(C()), sorted(C(), reverse=True), any(C()), all(C()), tuple(C()), set(C()))
print(list(zip(C(), C())), list(map(str, C())))
