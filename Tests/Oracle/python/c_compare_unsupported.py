class A: pass
print(A() < A())
