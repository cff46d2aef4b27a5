def f(a):
    return a
f(1, bee=2)
