names = ["a", "b", "c"]
ages = [1, 2, 3]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(dict(zip(names, ages)))
print(list(zip(*[(1, "x"), (2, "y")])))
e = enumerate("xy")
print(next(e), list(e))
