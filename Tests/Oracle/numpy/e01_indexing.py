import numpy as np
a = np.arange(10) * 10
print(a[0], a[-1], repr(a[3]))
print(a[2:5], a[:3], a[7:], a[::2])
m = np.arange(12).reshape(3, 4)
print(m[1], m[1, 2], m[:, 1], m[1:, 2:])
print(m[-1, -1], repr(m[0, 0]))
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
