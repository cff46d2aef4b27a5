class A: pass
setattr(A, "x", 5)
print(A.x, A().x)
x = 5
x.foo = 1
