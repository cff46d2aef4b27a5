import numpy as np
print(np.arange(2000))
print(np.linspace(0, 1, 1500))
print(repr(np.arange(1001)))
print(np.zeros((40, 40)))
