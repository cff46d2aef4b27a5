from itertools import islice
data = range(20)
print(list(islice(data, 5)), list(islice(data, 5, 10)), list(islice(data, 0, None, 7)))
it = iter(range(10))
print(list(islice(it, 3)), list(it))
