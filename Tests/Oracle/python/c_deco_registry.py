REGISTRY = {}
def register(name):
    def deco(fn):
        REGISTRY[name] = fn
        return fn
    return deco
@register("sq")
def square(x): return x * x
@register("neg")
def negate(x): return -x
for k in sorted(REGISTRY):
    print(k, REGISTRY[k](3))
