def two():
    yield 1
    yield 2
g = two()
print(next(g))
print(next(g))
print(next(g, "default"))
next(g)
