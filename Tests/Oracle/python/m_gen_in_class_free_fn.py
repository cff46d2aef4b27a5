def take(n, iterable):
    out = []
    for x in iterable:
        if len(out) == n:
            break
        out.append(x)
    return out
def evens():
    n = 0
    while True:
        yield n
        n += 2
print(take(5, evens()))
g = evens()
print(take(3, g), take(2, g))
