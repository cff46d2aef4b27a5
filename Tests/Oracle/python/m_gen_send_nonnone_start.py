def g():
    x = yield 1
g().send(5)
