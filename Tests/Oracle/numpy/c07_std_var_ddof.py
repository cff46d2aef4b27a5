import numpy as np
x = np.array([2, 4, 4, 4, 5, 5, 7, 9])
print(x.mean(), x.std(), x.var())
print(np.std(x, ddof=1), np.var(x, ddof=1))
print(repr(x.std()))
