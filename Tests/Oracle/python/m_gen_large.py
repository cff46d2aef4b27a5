def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(gen(20000)))
print(sum(x for x in range(20000) if x % 3 == 0))
