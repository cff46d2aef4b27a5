# Shape helpers: atleast_1d/2d/3d, column_stack, roll, logspace, asanyarray, intp, split errors.
import numpy as np

print(np.atleast_1d(5.0), np.atleast_1d([1, 2]).shape, np.atleast_2d(3), np.atleast_2d([1, 2, 3]).shape)
print(np.atleast_3d(np.ones((2, 3))).shape, np.atleast_3d(7).shape, np.atleast_1d(1, [2, 3]))
x = np.linspace(0, 1, 4)
X = np.column_stack((np.ones_like(x), x, x ** 2))
print(X, X.shape)
print(np.column_stack([np.arange(3), np.arange(6).reshape(3, 2)]))
seq = np.arange(8)
print(np.roll(seq, 2), np.roll(seq, -3), np.roll(seq.reshape(2, 4), 1), np.roll(seq.reshape(2, 4), 1, axis=0))
print(np.roll(seq.reshape(2, 4), (1, -1), axis=(0, 1)))
print(np.logspace(-3, 0, 4), np.logspace(0, 3, 4, base=2), np.logspace(0, 2, 3, dtype=int))
alphas = np.logspace(-4, 1, 6)
print(alphas, alphas.dtype)
a = np.arange(3)
print(np.asanyarray(a) is a, np.asanyarray([1.5, 2]), np.asanyarray((1, 2), dtype=np.float32))
print(np.intp, np.intp(7), np.arange(3, dtype=np.intp).dtype, np.zeros(2, dtype=np.intp))
idx = np.array([2, 0], dtype=np.intp)
print(a[idx], (np.int64(1), np.int64(2)))
for bad in [lambda: np.split(np.arange(5), 2), lambda: np.array_split(np.arange(5), 0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(np.array_split(np.arange(7), 3), np.array_split(np.arange(4), 6))
