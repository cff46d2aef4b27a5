it = iter([10, 20, 30])
print(next(it), next(it))
for x in it:
    print("rest", x)
d = {"a": 1, "b": 2}
k = iter(d)
print(next(k), list(k))
