def trace(fn):
    depth = [0]
    def wrapper(n):
        print("  " * depth[0] + f"-> {fn.__name__}({n})")
        depth[0] += 1
        r = fn(n)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)
