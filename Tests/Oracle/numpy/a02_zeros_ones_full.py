import numpy as np
print(np.zeros(4))
print(np.ones((2, 3)))
print(repr(np.zeros(3, dtype=np.int64)))
print(repr(np.ones(2, dtype=np.float32)))
print(np.full((2, 2), 7))
print(repr(np.full(3, 0.5)))
print(repr(np.full((2,), True)))
print(np.empty(0), repr(np.zeros((0, 3))))
