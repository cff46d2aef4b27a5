class A:
    def m(self, x):
        return x
print(A.m(A(), 1))
A.m()
