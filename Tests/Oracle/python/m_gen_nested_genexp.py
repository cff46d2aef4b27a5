pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
matrix = [[1, 2], [3, 4]]
print(list(x for row in matrix for x in row if x != 2))
