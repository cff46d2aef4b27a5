import numpy as np
x = np.array([1.123456789, 0.000012345, 250.5])
print(x)
with np.printoptions(precision=3, suppress=True):
    print(x)
    print(np.linspace(0, 1, 4))
print(x)
print(np.get_printoptions()["precision"])
