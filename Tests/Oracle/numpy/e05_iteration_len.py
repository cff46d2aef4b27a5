import numpy as np
a = np.array([1.5, 2.5, 3.5])
for x in a:
    print(x, repr(x))
m = np.arange(6).reshape(3, 2)
for row in m:
    print(row, row.sum())
print(len(m), len(a))
print(list(np.arange(3)))
print(sum(np.array([1, 2, 3])), max(np.array([4, 9, 2])))
total = 0.0
for v in np.linspace(0, 1, 5):
    total += v
print(total)
