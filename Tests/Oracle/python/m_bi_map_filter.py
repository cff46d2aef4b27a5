print(list(map(str, [1, 2, 3])), list(map(int, "123")), list(map(pow, [2, 3], [3, 2])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(None, [0, 1, [], [2]])))
m = map(lambda x: x * 2, range(3))
print(next(m), list(m), list(m))
