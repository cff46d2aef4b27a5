class C:
    def __getitem__(self, i): return i
c = C()
print(c[5])
c[0] = 1
