import numpy as np
a = np.arange(10)
a[::-2] = 0
print(a)
m = np.arange(12).reshape(3, 4)
print(m[[0, 2], ::-1])
m[:, ::-1] = np.arange(4)
print(m)
img = np.arange(6).reshape(2, 3)
print(img[::-1, ::-1], img[..., ::-1])
