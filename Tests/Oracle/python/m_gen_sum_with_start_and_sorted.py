def gen():
    yield 3
    yield 1
    yield 2
print(sorted(gen()), sum(gen(), 10), max(gen()), min(gen()), list(reversed(list(gen()))))
print(tuple(gen()), set(gen()) == {1, 2, 3}, dict.fromkeys(gen(), 0))
print(", ".join(map(str, gen())), any(x == 2 for x in gen()))
a, b, c = gen()
print(a, b, c)
