class P:
    def __init__(self):
        self._v = 1
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v
    def del_v(self):
        print("deleting")
        del self._v
    v = property(get_v, set_v, del_v)
p = P()
p.v = 5
print(p.v)
del p.v
print(hasattr(p, "_v"))
