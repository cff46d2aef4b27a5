import numpy as np
x = np.array([3.5, 1.0, 7.25, 2.0, 9.0, 4.5])
print(np.median(x), np.median(np.arange(7)))
print(np.percentile(x, 25), np.percentile(x, [10, 50, 90]))
print(np.quantile(x, 0.75), repr(np.quantile(np.arange(10), 0.33)))
m = np.arange(12.0).reshape(3, 4) ** 1.5
print(np.median(m, axis=0), np.percentile(m, 50, axis=1))
print(np.count_nonzero(np.array([0, 1, 2, 0])), np.count_nonzero(m > 10, axis=1))
print(np.argwhere(np.array([[0, 1], [2, 0]])))
