import numpy as np
a = np.zeros(3)
b = a
a += 1
print(a, b)
a *= 3
print(b)
a -= np.array([1, 2, 3])
print(a)
a /= 2
print(a)
i = np.arange(4)
i += 2
print(repr(i))
try:
    i += 1.5
except TypeError as e:
    print("TypeError:", e)
