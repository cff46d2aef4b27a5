# Powers of float32 arrays: polynomial features, a cubic, decays and growth rates.
import numpy as np

x = np.linspace(-2, 2, 9, dtype=np.float32)
print(x ** 3)
print(x ** 2, x ** 0.5)
print(np.abs(x) ** 1.5)
print(2 ** x, np.float32(0.9) ** np.arange(6, dtype=np.float32))
feats = np.stack([x ** k for k in range(4)], axis=1)
print(feats)
lr = np.float32(0.1) * np.float32(0.95) ** np.arange(5, dtype=np.float32)
print(lr)
print(np.power(np.float32([1.5, 2.5, 3.5]), np.float32([2.2, -0.5, 3.0])))
print(repr(np.float32(3.7) ** np.float32(2.3)))
