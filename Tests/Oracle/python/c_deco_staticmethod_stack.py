def twice(fn):
    def w(*a):
        return fn(*a) * 2
    return w
class M:
    @staticmethod
    @twice
    def s(x):
        return x + 1
    @property
    @twice
    def p(self):
        return 5
    @classmethod
    @twice
    def c(cls, x):
        return len(cls.__name__) + x
print(M.s(1), M().s(2), M().p, M.c(1))
