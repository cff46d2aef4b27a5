def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter()
print(c(), c(), c(5))
d = make_counter()
print(d(), c())
