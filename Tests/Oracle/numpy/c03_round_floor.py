import numpy as np
x = np.array([0.5, 1.5, 2.5, -0.5, 1.234567, 2.71828])
print(np.round(x))
print(np.round(x, 2))
print(x.round(1))
print(np.floor(x))
print(np.ceil(x))
print(np.round(3.14159, 3))
