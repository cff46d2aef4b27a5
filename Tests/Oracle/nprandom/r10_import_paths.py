import numpy as np
import numpy.random as npr
from numpy.random import default_rng, seed, rand

# Every path to numpy.random reaches the one global generator.
seed(1)
print(np.random.rand(), npr.rand(), rand())
np.random.seed(1)
print(npr.rand())
print(default_rng(3).random())
print(npr.default_rng(3).integers(0, 6, size=3).tolist())
