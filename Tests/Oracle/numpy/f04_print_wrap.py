import numpy as np
print(np.arange(30))
print(np.linspace(0, 1, 20))
print(repr(np.linspace(0, 1, 20)))
print(np.arange(40).reshape(4, 10) * 1.5)
print(repr(np.arange(25, dtype=np.float32)))
