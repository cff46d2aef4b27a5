def g():
    yield "x"
    yield "y"
it = g()
print(iter(it) is it)
print(it.__next__())
print(next(it))
print(type(it).__name__)
