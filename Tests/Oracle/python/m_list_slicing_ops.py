xs = list(range(10))
print(xs[2:5], xs[::3], xs[::-2], xs[-3:], xs[:-7])
ys = xs[:]
ys[0] = 100
print(xs[0], ys[0], [0] * 3, [[0] * 2 for _ in range(2)], [1, 2] + [3])
a, *rest = [1, 2, 3, 4]
*init, last = "abcd"
print(a, rest, init, last)
print([x for x in xs if x % 3 == 0], [(i, j) for i in range(2) for j in range(2)])
print(sum(xs) / len(xs), max(xs), min(xs), sorted(xs, reverse=True)[:3])
