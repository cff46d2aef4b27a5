square = lambda x: x * x
add = lambda a, b=10: a + b
kw = lambda *a, **k: (a, k)
print(square(4), add(1), add(1, 2), kw(1, z=2))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2])), [x for x in range(6) if (lambda x: x % 2)(x)])
print((lambda: "no args")())
print(square)
print(square.__name__)
