class C:
    a = 1
    b = 2
del C.a
print(hasattr(C, "a"), C.b)
c = C()
c.x = 5
delattr(c, "x")
print(hasattr(c, "x"))
del C.zzz
