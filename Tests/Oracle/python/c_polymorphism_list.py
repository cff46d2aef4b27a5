class Shape:
    def area(self): raise NotImplementedError
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
shapes = [Circle(1), Sq(2), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(type(s).__name__, round(s.area(), 3))
print(sum(s.area() for s in shapes) > 5)
Shape().area()
