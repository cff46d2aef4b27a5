def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("got", result)
    yield from [10, 20]
    yield from range(3)
print(list(outer()))
