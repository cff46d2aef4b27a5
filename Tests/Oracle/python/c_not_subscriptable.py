class C: pass
c = C()
print(c[0])
