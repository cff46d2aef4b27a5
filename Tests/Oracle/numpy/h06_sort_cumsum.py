import numpy as np
x = np.array([3.0, 1.0, 2.0, 5.0, 4.0])
print(np.sort(x), np.argsort(x))
print(np.cumsum(x), x.cumsum())
print(np.cumsum(np.arange(5)))
print(np.prod(np.array([1, 2, 3, 4])))
print(np.allclose(x, x + 1e-9), np.array_equal(x, x))
