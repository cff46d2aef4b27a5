xs = [0, 1, 2, 3, 4, 5]
del xs[0]
del xs[-1]
print(xs)
del xs[1:3]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
a, b = 1, 2
del a, b
class O: pass
o = O()
o.v = 1
del o.v
print(hasattr(o, "v"))
del d["zz"]
