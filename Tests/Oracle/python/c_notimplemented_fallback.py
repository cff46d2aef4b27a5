class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented
class B:
    def __radd__(self, other):
        print("B.__radd__")
        return "B wins"
print(A() + B())
print(NotImplemented)
