from collections import defaultdict, OrderedDict

groups = defaultdict(list)
for name, cls in [("a", 1), ("b", 2), ("c", 1)]:
    groups[cls].append(name)
print(groups)
print(dict(groups), groups[3], len(groups))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts)
nested = defaultdict(lambda: defaultdict(float))
nested["train"]["loss"] += 0.5
print(nested["train"]["loss"], list(nested))
print(groups.default_factory)
od = OrderedDict()
od["a"] = 1; od["b"] = 2; od["c"] = 3
od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(list(od.keys()))
print(od.popitem())
print(od.popitem(last=False))
print(od)
o1 = OrderedDict(a=1, b=2); o2 = OrderedDict(b=2, a=1)
print(o1 == o2, dict(o1) == dict(o2))
d = {"x": 1}
d2 = d | {"y": 2}
d |= {"x": 5, "z": 0}
print(d, d2)
print(defaultdict(int, {"a": 1}) | {"b": 2})
dd = defaultdict(list)
print(dd["missing"], dd)
