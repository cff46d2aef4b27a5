class C:
    pass
print(getattr(C(), "x"))
