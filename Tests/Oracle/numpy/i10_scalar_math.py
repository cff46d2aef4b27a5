import numpy as np
import math
x = np.float64(0.5)
print(math.sqrt(x), math.exp(x))
print(np.sqrt(2), np.exp(0.5), np.log(10))
print(np.pi, np.e, repr(np.sin(np.pi / 6)))
print(round(np.float64(2.567), 2), round(np.float64(2.5)))
print(min(np.float64(3), 2), max(np.int64(4), 1.5))
vals = [np.float64(1.5), np.float64(2.5)]
print(vals, sum(vals))
