class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, object))
print(isinstance(A, type), isinstance(b, object), isinstance(3, A))
print(type(b) is B, type(b) == A, type(b).__name__)
