import copy
a = [[1, 2], [3, 4]]
b = copy.copy(a)
c = copy.deepcopy(a)
a[0].append(99)
print(b, c)
d = {"k": [1], "n": {"x": 1}}
e = copy.deepcopy(d)
d["k"].append(2)
d["n"]["x"] = 5
print(d, e)
shared = [1]
outer = [shared, shared]
dup = copy.deepcopy(outer)
print(dup[0] is dup[1], dup[0] is shared)
