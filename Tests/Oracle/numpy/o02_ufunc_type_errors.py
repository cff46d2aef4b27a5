# Type errors a learner meets mixing labels, pixels and weights: numpy's own exception classes.
import numpy as np

labels = np.array(["cat", "dog", "cat"])
counts = np.arange(3)
for attempt in (lambda: labels + 1, lambda: 1 + labels, lambda: np.add(labels, counts),
                lambda: np.multiply("x", 2.5), lambda: labels * True):
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, "->", e)

pixels = np.array([12, 200, 255])
try:
    pixels /= 255
except TypeError as e:
    print(type(e).__name__, e)
    print(isinstance(e, TypeError), type(e).__module__)
pixels = pixels / 255
print(pixels.round(3))

mask = np.zeros(3, dtype=bool)
try:
    mask += 1
except TypeError as e:
    print(e)
steps = np.arange(4, dtype=np.int32)
try:
    np.multiply(steps, 0.5, out=steps)
except TypeError as e:
    print(e)

weights = np.zeros(3, dtype=np.int64)
weights -= 0.1 * np.ones(3)
