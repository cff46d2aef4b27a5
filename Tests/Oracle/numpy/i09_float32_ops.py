import numpy as np
a = np.array([0.1, 0.2, 0.7], dtype=np.float32)
b = a * 3
print(b, repr(b))
print(a.sum(), repr(a.sum()), a.mean())
print(np.exp(a))
print(np.sqrt(a))
print(a / 3, a @ a)
print(repr(a[0] + a[1]))
print(repr(np.float32(0.1) * 3))
