import numpy as np
a = np.array([1, 2, 3])
try:
    bool(a)
except ValueError as e:
    print("ValueError:", e)
try:
    a + np.array([1, 2])
except ValueError as e:
    print("ValueError:", e)
try:
    np.array([[1, 2], [3]])
except ValueError as e:
    print("ValueError:", e)
print(a.sum(axis=0))
try:
    float(np.array([2.5]))
except TypeError as e:
    print("TypeError:", e)
a.foo
