class A: pass
print(issubclass(A(), A))
