from itertools import chain, count, repeat, cycle, islice
print(list(chain([1, 2], "ab", (3,))))
print(list(chain.from_iterable([[1, 2], [3], []])))
c = count(10, 5)
print(next(c), next(c), next(c))
print(list(islice(count(0.5, 0.25), 4)))
print(list(repeat(7, 3)), list(islice(repeat("z"), 2)))
print(list(islice(cycle([1, 2, 3]), 7)))
print(list(zip(range(3), repeat(0))))
