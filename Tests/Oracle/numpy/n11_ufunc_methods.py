# ufunc methods course code reaches for: reduce, accumulate and outer (running maxima for
# drawdowns and best-so-far curves, pairwise tables).
import numpy as np

val_acc = np.array([0.52, 0.61, 0.58, 0.66, 0.64, 0.71])
print(np.maximum.accumulate(val_acc), np.minimum.accumulate([5, 3, 4, 1, 2]))
prices = np.array([[3.0, 1.0, 4.0], [1.0, 5.0, 9.0]])
print(np.add.reduce(prices), np.add.reduce(prices, axis=1), np.multiply.reduce([1, 2, 3, 4]))
print(np.maximum.reduce(prices, axis=None), np.minimum.reduce(prices, axis=1, keepdims=True))
print(np.add.accumulate(prices), np.multiply.accumulate([1, 2, 3]), np.maximum.accumulate(prices, axis=1))
print(np.power.outer([1, 2, 3], [0, 1, 2]), np.maximum.outer([1, 5], [2, 3]), np.divide.outer([1.0], [2.0, 4.0]))
print(np.maximum, np.add.__name__)
