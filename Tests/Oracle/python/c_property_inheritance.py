class Base:
    def __init__(self):
        self._v = 1
    @property
    def value(self):
        return self._v
class Doubled(Base):
    @property
    def value(self):
        return super().value * 2
class Settable(Base):
    @Base.value.setter
    def value(self, v):
        self._v = v
print(Base().value, Doubled().value)
s = Settable()
s.value = 10
print(s.value)
