def counter(start):
    n = start
    while True:
        n += 1
        yield n
a = counter(0)
b = counter(100)
print(next(a), next(b), next(a), next(b), next(a))
