class C: pass
for x in C():
    print(x)
