import numpy as np
xs = np.linspace(-1, 1, 3)
ys = np.linspace(0, 1, 2)
X, Y = np.meshgrid(xs, ys)
print(X)
print(Y)
Z = X ** 2 + Y
print(Z)
print(Z.shape, Z.sum())
