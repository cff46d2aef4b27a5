# float32 activations and losses, numpy style: every printed digit comes from numpy's own kernels.
import numpy as np

rng = np.random.default_rng(42)
x = rng.normal(size=12).astype(np.float32)
print(x)
print("softplus", np.log1p(np.exp(x)))
print("expm1   ", np.expm1(x))
print("sinh    ", np.sinh(x))
print("cosh    ", np.cosh(x))
print("arctan  ", np.arctan(x))
print("tan     ", np.tan(x))
p = np.abs(x) / np.abs(x).sum()
print("entropy bits", -(p * np.log2(p)).sum(), "dits", -(p * np.log10(p)).sum())
print(repr(np.log10(np.float32(2.0))), repr(np.log2(np.float32(10.0))), repr(np.arctan(np.float32(1.0))))
grid = np.linspace(-3, 3, 7, dtype=np.float32).reshape(7, 1) * np.ones((1, 3), dtype=np.float32)
print(np.sinh(grid.T))
print(np.log1p(grid[::2, 1]))
print(np.expm1(x[:5]), np.cosh(x[3:4]))
