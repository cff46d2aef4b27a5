# numpy ufuncs with out=: the result is written into the given array (shared with torch.from_numpy)
import numpy as np
import torch
n = np.ones(5)
t = torch.from_numpy(n)
np.add(n, 1, out=n)
print(t, n)
a = np.zeros((2, 3))
r = np.multiply(np.arange(3.), 2, out=a)
print(r is a, a)
np.exp(np.zeros(3), out=n[:3])
print(n)
i = np.zeros(3, dtype=np.int64)
try:
    np.add(i, 0.5, out=i)
except TypeError as e:
    print(e)
try:
    np.add(np.ones((2, 3)), 1, out=np.zeros(3))
except ValueError as e:
    print(e)
np.add(i, 2, out=i)
print(i)
