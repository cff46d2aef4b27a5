def g(xs):
    for x in xs:
        if x < 0:
            continue
        try:
            if x == 0:
                raise ZeroDivisionError("z")
            yield 1 / x
        except ZeroDivisionError:
            yield "inf"
        else:
            yield "ok"
    yield "end"
print(list(g([2, -1, 0, 4])))
