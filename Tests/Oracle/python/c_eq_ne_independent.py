class Weird:
    def __eq__(self, o): return True
    def __ne__(self, o): return True
w = Weird()
print(w == 1, w != 1, 1 == w, 1 != w)
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
