def squares(n):
    for i in range(n):
        yield i * i
g = squares(4)
print(next(g), next(g))
print(list(g))
print(list(g))
