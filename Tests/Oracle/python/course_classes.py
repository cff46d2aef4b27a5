from dataclasses import dataclass, field
import math

class Vector:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Vector.count += 1

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __len__(self):
        return 2

    def __iter__(self):
        yield self.x
        yield self.y

    @property
    def norm(self):
        return abs(self)

    @staticmethod
    def zero():
        return Vector(0, 0)

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

v = Vector(3, 4)
print(v, v.norm, len(v), list(v))
print(v + Vector(1, 1), 2 * v, v * 3)
print(v == Vector(3, 4), v == (3, 4), v != Vector(0, 0))
print(Vector.zero(), Vector.from_tuple((5, 6)))
print(Vector.count)
print(str(v), repr([v, v]))

class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.qty

a = Item("apple", 0.5, 4)
b = Item("pear", 0.75)
print(a, b)
print(a.total(), b.total())
print(a == Item("apple", 0.5, 4), a == b)
b.tags.append("fruit")
print(b)

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]))
print(Version(1) < Version(1, 1))
try:
    Version(1).major = 2
except Exception as e:
    print(type(e).__name__, e)

class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        raise NotImplementedError("subclass must implement")
    def __str__(self):
        return f"{type(self).__name__}({self.name}) says {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"

print(Dog("rex"), Puppy("bit"))
print(isinstance(Puppy("a"), Animal), issubclass(Dog, Puppy))
print([c.__name__ for c in Puppy.__mro__])
try:
    print(Animal("x"))
except NotImplementedError as e:
    print("NotImplementedError:", e)
