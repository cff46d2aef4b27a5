def g():
    for i in range(10):
        if i == 3:
            return
        yield i
print(list(g()))
def h():
    for i in range(10):
        if i == 2:
            break
        yield i
    yield "after"
print(list(h()))
