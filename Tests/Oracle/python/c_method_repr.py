class A:
    def m(self): pass
print(A.m)
print(A().m.__name__)
print(type(A().m).__name__, type(A.m).__name__)
