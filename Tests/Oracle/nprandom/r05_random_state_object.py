import numpy as np

rs = np.random.RandomState(123)
print(rs)
print(rs.rand(3).tolist())
print(rs.randn(2).tolist())
print(rs.randint(0, 100, 5).tolist())
print(rs.choice(6, 2, replace=False).tolist())
# The object's stream is its own: the global generator is untouched.
np.random.seed(123)
print(np.random.rand())
print(rs.rand())
rs.seed(123)
print(rs.rand())
