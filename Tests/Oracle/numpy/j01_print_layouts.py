import numpy as np
print(np.array([[1.5, -200.25], [3.0, 4.125]]))
print(np.array([[-1, 20], [300, -4000]]))
print(np.arange(60).reshape(3, 20))
print(repr(np.arange(60).reshape(3, 20) / 7))
print(np.array([True] * 30))
print(np.array([1e20, -1e-20]))
print(np.array([[1e-3, 1.0], [5e5, 2.0]]))
print(repr(np.arange(2000.0).reshape(2, 1000)))
