def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    inc.reset = reset
    return inc

c = make_counter(10, 5)
print(c(), c(), c.reset(), c())
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
total = 0
def add_total(n):
    global total
    total += n
    return total
print(add_total(3), add_total(4), total)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
squares = {n: n * n for n in range(5) if n % 2}
print(squares, {c for c in "hello"} == set("helo"), [y for x in [[1, 2], [3]] for y in x])
print([(i, j) for i in range(3) for j in range(i)], [v if v > 1 else -v for v in range(4)])
if (n := len("walrus")) > 3:
    print("long", n)
data = [3, 8, 1, 9]
print([y for x in data if (y := x * 2) > 5], y)
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c2 = (1, 2), 3
print(a, b, c2, *range(3), *"ab")
print({**{"a": 1}, **{"b": 2}, "a": 3}, [*range(2), *[9]])
def f(a, b=2, /, c=3, *, d, **kw):
    return (a, b, c, d, kw)
print(f(1, d=4), f(1, 2, 3, d=4, e=5))
def g(*args, sep="-"):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(*"xyz", sep="+"))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, 4, d=1)
except TypeError as e:
    print(e)
try:
    f(a=1, d=2)
except TypeError as e:
    print(e)
print((lambda *a, **k: (a, k))(1, x=2))
x = 10
def shadow():
    print(x)
    x = 5
shadow()
