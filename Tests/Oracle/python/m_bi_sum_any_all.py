print(sum([1, 2, 3]), sum([1.5, 2.5], 10), sum([[1], [2, 3]], []), sum(range(101)))
print(any([0, "", None]), any([0, 1]), all([1, "a"]), all([]), any([]))
print(sum(i for i in range(10) if i % 2 == 0))
