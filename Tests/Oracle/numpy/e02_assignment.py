import numpy as np
e = np.zeros(5)
for i in range(5):
    e[i] = i * 0.5
print(e)
m = np.zeros((3, 3))
m[1, :] = 1
m[:, 2] = [7, 8, 9]
m[0, 0] = 5
print(m)
ints = np.zeros(3, dtype=np.int64)
ints[0] = 2.9
print(ints)
