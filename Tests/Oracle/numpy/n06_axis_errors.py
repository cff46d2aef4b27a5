# Errors a learner meets with the axis helpers: numpy's own messages.
import numpy as np

a = np.arange(6).reshape(2, 3)
tries = [
    lambda: np.swapaxes(a, 0, 2),
    lambda: a.swapaxes(-3, 0),
    lambda: np.moveaxis(a, 0, 2),
    lambda: np.moveaxis(a, [0, 1], [0]),
    lambda: np.take(a, 6),
    lambda: np.take(a, [0, 3], axis=1),
    lambda: np.take(a, [1], axis=2),
    lambda: np.arange(4).diagonal(),
    lambda: np.diagonal(a, axis1=1, axis2=1),
    lambda: np.unravel_index(6, a.shape),
    lambda: np.take([1, 2, 3], np.array([0.0])),
    lambda: np.average(a, weights=[1, 2]),
    lambda: np.average([1, 2], weights=[0, 0]),
    lambda: np.histogram([1, 2], bins=0),
    lambda: np.histogram([1, 2], range=(2, 1)),
    lambda: np.interp(1, [], []),
    lambda: np.roll(a, 1, axis=2),
]
for t in tries:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(np.take([10, 20, 30], [1.0, 2.9]), np.take(a, -1), np.take([1, 2, 3], 1.9))
