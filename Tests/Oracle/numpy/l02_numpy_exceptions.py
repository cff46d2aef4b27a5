import numpy as np
A = np.array([[1.0, 2.0], [2.0, 4.0]])
try:
    np.linalg.inv(A)
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
try:
    np.linalg.solve(A, np.array([1.0, 2.0]))
except ValueError as e:
    print(type(e).__name__, e)
a = np.ones((2, 3))
try:
    a.sum(axis=2)
except np.exceptions.AxisError as e:
    print("AxisError:", e)
try:
    a.mean(axis=-3)
except IndexError as e:
    print("IndexError too:", e)
try:
    np.ones(3) + np.ones(4)
except ValueError as e:
    print(e)
try:
    np.ones((2, 3)) * np.ones((3, 2))
except ValueError as e:
    print(e)
print(issubclass(np.linalg.LinAlgError, ValueError))
from numpy.exceptions import AxisError
print(AxisError is np.exceptions.AxisError)
np.linalg.inv(np.zeros((2, 2)))
