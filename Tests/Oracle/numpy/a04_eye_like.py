import numpy as np
print(np.eye(3))
print(repr(np.eye(2, 3, dtype=np.int64)))
a = np.array([[1.5, 2.5], [3.5, 4.5]])
print(np.zeros_like(a))
print(np.ones_like(a))
print(np.full_like(a, 9))
print(repr(np.zeros_like(np.arange(4))))
