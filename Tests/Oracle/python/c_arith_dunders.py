class Vec2:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vec2(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vec2(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec2(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec2(self.x / k, self.y / k)
    def __neg__(self):
        return Vec2(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec2) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Vec2({self.x}, {self.y})"

a, b = Vec2(1, 2), Vec2(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, -a, abs(b))
print(a == Vec2(1, 2), a != b, a == 5)
a += b
print(a)
a *= 2
print(a)
