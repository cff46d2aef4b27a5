from functools import partial
from itertools import chain
import operator

def listify(o):
    if o is None: return []
    if isinstance(o, list): return o
    if isinstance(o, str): return [o]
    if hasattr(o, "__iter__"): return list(o)
    return [o]

def compose(*funcs):
    def _inner(x):
        for f in funcs:
            x = f(x)
        return x
    return _inner

class L(list):
    def map(self, f, *args, **kwargs):
        return L(f(o, *args, **kwargs) for o in self)
    def filter(self, f):
        return L(o for o in self if f(o))
    def __repr__(self):
        return f"(#{len(self)}) {list.__repr__(self)}"
    @property
    def attrgot(self):
        return self

print(listify(None), listify("ab"), listify((1, 2)), listify(3), listify([4]))
f = compose(partial(operator.add, 1), partial(operator.mul, 3))
print(f(2))
l = L(range(6))
print(l, l.map(operator.neg), l.filter(lambda x: x % 2 == 0))
print(L(chain([1], [2, 3])).map(str))
print(sorted(["b10", "a2", "a10"], key=lambda s: (s[0], int(s[1:]))))
getter = operator.itemgetter(1, 0)
print(getter(["x", "y"]), operator.attrgetter("imag")(3), operator.methodcaller("upper")("abc"))
