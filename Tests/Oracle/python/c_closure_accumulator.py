def running_mean():
    total = 0.0
    n = 0
    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return add
m = running_mean()
for v in [2, 4, 9]:
    print(m(v))
