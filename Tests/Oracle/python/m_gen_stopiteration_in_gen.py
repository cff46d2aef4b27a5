def bad():
    it = iter([])
    yield next(it)
list(bad())
