import numpy as np
a = np.array([1.7, -2.3, 3.9])
print(repr(a.astype(np.int64)))
print(repr(a.astype(np.float32)))
print(repr(a.astype(int)))
print(repr(np.array([0, 1, 2]).astype(bool)))
b = a.copy()
b[0] = 100
print(a, b)
c = np.copy(a)
c[1] = 0
print(a, c)
print(repr(np.array([1, 2], dtype=np.int32)))
print(repr(np.array([1, 2], dtype='float32')))
