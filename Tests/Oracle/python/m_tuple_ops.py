t = (1, 2, 3, 2)
print(t, t[1:], t.count(2), t.index(3), len(t), t + (4,), t * 2, 2 in t)
a, b = 1, 2
a, b = b, a
print(a, b, (1,), tuple([1, 2]), tuple("ab"), () == tuple())
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(pairs), max(pairs), (1, 2) < (1, 3), (2,) > (1, 9))
