class Meta(type):
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.tag = name.upper() + str(sorted(kwargs))

class Other(type):
    pass

class A(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        pass

class B(A, flavour=1):
    pass

print(A.tag, B.tag, type(B).__name__, Meta.__mro__[1].__name__, isinstance(A, Meta))
X = Meta("X", (), {"v": 3})
print(X.tag, X.v, type(X) is Meta)
class C(metaclass=Other):
    pass
try:
    class D(A, C):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(type), type(A).__class__, repr(Meta))
class Reg(type):
    seen = []
    def __new__(m, name, bases, ns):
        Reg.seen.append(name)
        return super().__new__(m, name, bases, ns)
class Base(metaclass=Reg):
    pass
Z = type("Z", (Base,), {"x": 1})
print(Reg.seen, type(Z).__name__, Z.x, Z.__mro__[1].__name__)
