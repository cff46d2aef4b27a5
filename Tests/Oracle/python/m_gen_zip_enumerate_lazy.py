from itertools import count
for i, (a, b) in enumerate(zip(count(100), "xyz")):
    print(i, a, b)
print(list(zip([1, 2, 3], ["a", "b"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda x: x % 2 == 0, range(10))))
