from itertools import takewhile, dropwhile, groupby, starmap, pairwise, filterfalse
print(list(takewhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
for k, g in groupby("aaabccdd"):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby(sorted([3, 1, 3, 2, 1]))])
print(list(starmap(pow, [(2, 3), (3, 2)])))
print(list(pairwise([1, 2, 3, 4])))
print(list(filterfalse(lambda x: x % 2, range(6))))
