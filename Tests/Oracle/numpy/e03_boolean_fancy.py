import numpy as np
x = np.array([3, -1, 4, -1, 5, -9, 2, 6])
print(x[x > 0])
x[x < 0] = 0
print(x)
print(x[[0, 2, 4]])
idx = np.array([1, 3])
print(x[idx])
m = np.arange(9).reshape(3, 3)
print(m[[0, 2]])
print(m[m % 2 == 0])
m[m > 5] = -1
print(m)
