import numpy as np
a = np.arange(12)
b = a.reshape(3, 4)
print(b)
print(b.T)
print(b.reshape(-1))
print(a.reshape((2, -1)))
print(b.transpose())
print(b.flatten(), b.ravel())
try:
    a.reshape(5, 2)
except ValueError as e:
    print("ValueError:", e)
