a = {1, 2, 3}
b = {3, 4, 5}
print(a.symmetric_difference(b), a.isdisjoint({7}), a.isdisjoint(b))
c = set(a)
c.difference_update(b)
d = set(a)
d.intersection_update([2, 3, 9])
print(c, d, sorted(a ^ b), len(a | b))
seen = set()
out = []
for x in [3, 1, 3, 2, 1]:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out)
