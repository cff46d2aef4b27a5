import numpy as np
x = np.float64(2.5)
print(isinstance(x, float), isinstance(np.float32(1), float), isinstance(np.int64(1), int))
a = np.zeros(3)
print(isinstance(a, np.ndarray), type(a), type(a[0]))
print(type(np.float32(1)).__name__, a.dtype == np.float64, a.dtype == 'float64')
print(np.arange(3).dtype == np.int64, a.dtype.name, a.dtype.itemsize)
print(a.dtype, repr(a.dtype), np.dtype('float32'))
try:
    len(np.array(5.0))
except TypeError as e:
    print("TypeError:", e)
