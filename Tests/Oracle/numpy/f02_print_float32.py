import numpy as np
a = np.array([0.1, 0.2, 0.3], dtype=np.float32)
print(a, repr(a))
print(np.float32(0.1), repr(np.float32(0.1)))
print(np.float32(1) / 3, np.float64(1) / 3)
b = np.array([1e6, 1.0], dtype=np.float32)
print(b)
print(np.arange(5, dtype=np.float32) / 7)
print(repr(np.float32(6.661948)))
