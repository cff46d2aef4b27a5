# float64 powers: polynomial features, compound growth, and numpy scalars (whose ** is C's pow).
import numpy as np

x = np.linspace(0.5, 3.0, 6)
print((x ** 3).tolist())
print((x ** 1.5).tolist(), (x ** -0.75).tolist())
print((1.07 ** np.arange(5)).tolist())
rates = np.array([0.03, 0.05, 0.071])
print(((1 + rates) ** 10).tolist())
print(np.power(x, 2.2).tolist())
for v in (45.81069554532276, 2.5, 1.3):
    s = np.float64(v)
    print(repr(s ** 3), repr(np.power(s, 3.0)), repr(s ** np.float64(0.3)))
print(repr(np.float32(88.73) ** np.float32(3)), repr(np.power(np.float32(88.73), np.float32(3))))
