def pairs():
    yield 1, 2
    yield (3, 4)
    yield
for p in pairs():
    print(p)
