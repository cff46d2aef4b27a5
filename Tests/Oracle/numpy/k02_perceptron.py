import numpy as np

X = np.array([[2.0, 1.0], [1.0, 3.0], [-1.0, -2.0], [-2.0, -0.5], [0.5, 2.5], [-1.5, 0.2]])
y = np.array([1, 1, -1, -1, 1, -1])
w = np.zeros(2)
b = 0.0
for epoch in range(10):
    errors = 0
    for xi, yi in zip(X, y):
        if yi * (xi @ w + b) <= 0:
            w += yi * xi
            b += yi
            errors += 1
    print(epoch, errors, w, b)
    if errors == 0:
        break
print(np.sign(X @ w + b) == y)
