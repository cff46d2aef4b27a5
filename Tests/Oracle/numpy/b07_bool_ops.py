import numpy as np
m = np.array([True, False, True])
print(m + m)
print(repr(m * m))
print(m.sum(), repr(m.sum()))
print(repr(m + 1))
print(repr(m * 1.5))
print(m.any(), m.all())
print(np.array([1, 0, 2]).astype(bool))
