d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d.get("a"), d.get("z"), d.get("z", 0), len(d), "a" in d, 1 in d)
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", None), d)
print(d.setdefault("b", 99), d.setdefault("new", []), d)
d.update({"b": 20}, e=5)
d.update([("f", 6)])
print(d, d.popitem(), d)
e = d.copy()
e.clear()
print(e, d == dict(d), dict.fromkeys("ab", 0), {}.fromkeys([1, 2]))
for k, v in sorted(d.items()):
    print(k, v)
