import numpy as np
a = np.arange(6)
v = a[1:4]
v[0] = 100
print(a)
r = a.reshape(2, 3)
r[1, 1] = -5
print(a)
c = a[[0, 1]]
c[0] = 42
print(a)
