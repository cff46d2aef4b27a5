class C:
    a = 1
print(C.a)
print(C.b)
