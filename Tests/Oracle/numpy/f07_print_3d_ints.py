import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(a)
print(repr(a))
print(np.array([-5, 10, 200]))
print(repr(np.array([[True, False], [False, True]])))
print(np.array([[-1.5, 2.0], [3.25, -4.0]]))
