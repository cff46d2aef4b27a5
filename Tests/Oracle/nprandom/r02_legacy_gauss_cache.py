import numpy as np

np.random.seed(0)
a = np.random.randn()
b = np.random.randn(3)
c = np.random.randn()
print(a, b.tolist(), c)
np.random.seed(0)
print(np.random.randn(5).tolist())

# Mixing: a uniform draw between two normals does not disturb the cached second value.
np.random.seed(3)
print(np.random.randn())
print(np.random.rand())
print(np.random.randn())
print(np.random.randn())
# Re-seeding drops the cached value.
np.random.seed(3)
print(np.random.randn())
np.random.seed(3)
print(np.random.standard_normal(size=2).tolist())
print(np.random.normal(10, 0.5, size=(2, 2)).tolist())
print(np.random.normal(loc=-1.0))
print(np.random.normal([0, 10, 100], 1).tolist())
print(np.random.normal(0, [1, 2], size=(2, 2)).tolist())
