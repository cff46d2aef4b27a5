def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return x + y

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield result * 10

g = outer()
print(next(g))
print(g.send(3))
print(g.send(4))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)

def gen():
    yield 1
    return "finished"
it = gen()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)

def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, 4]], 5])))
def delegate():
    yield from range(3)
    yield from "ab"
print(list(delegate()))
