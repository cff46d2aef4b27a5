r = range(2, 20, 3)
print(r, len(r), r[2], r[-1], list(r[1:4]), 8 in r, 9 in r, list(reversed(r)))
print(list(range(5, 0, -1)), list(range(0)), range(3) == range(0, 3))
