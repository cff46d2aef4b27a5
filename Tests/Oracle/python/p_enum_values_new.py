from enum import Enum, IntEnum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))


class Ordinal(str, Enum):
    def __new__(cls, value, label):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    FIRST = ("1st", "first")
    SECOND = ("2nd", "second")

print(Ordinal.SECOND.value, Ordinal.SECOND.label, Ordinal("1st"), Ordinal.FIRST == "1st", repr(Ordinal.FIRST))

class Shape(IntEnum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

print(Shape(2), Shape.ALIAS_FOR_SQUARE, list(Shape), Shape.__members__.keys() if False else list(Shape.__members__))
print(sorted([Shape.CIRCLE, Shape.DIAMOND]), {s.name: s.value for s in Shape}, Shape.SQUARE * 3)
class S(str):
    def __new__(cls, v, label):
        obj = str.__new__(cls, v)
        obj.label = label
        return obj
s = S("ab", "x")
print(s, s.label, type(s).__name__, str.__new__(str, 5), s.upper())
