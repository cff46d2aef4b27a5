class A: pass
a, b = A(), A()
print(a == a, a == b, a != b, a is a, a is not b)
print([a] == [a], a in [b], a in [b, a])
