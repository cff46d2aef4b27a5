import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.array([10, 20, 30])
print(a + b)
c = np.array([[1], [2]])
print(a * c)
print(a - a.mean(axis=0))
col = np.arange(3).reshape(3, 1)
row = np.arange(4)
print(col + row)
try:
    a + np.array([1, 2])
except ValueError as e:
    print("ValueError:", e)
