x = "global"
def f():
    x = "local"
    def g():
        return x
    return g()
def h():
    return x
def k(flag):
    if flag:
        y = 1
    return y
print(f(), h(), k(True))
try:
    k(False)
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
