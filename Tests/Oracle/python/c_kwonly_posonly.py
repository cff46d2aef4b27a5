def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
def g(*, key=None, reverse=False):
    return key, reverse
print(g(), g(reverse=True))
