x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
data = [[1, 2], [3]]
print(sum(len(row) for row in data), [list(y * 2 for y in row) for row in data])
