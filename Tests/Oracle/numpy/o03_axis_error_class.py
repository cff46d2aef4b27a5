# np.exceptions.AxisError as numpy defines it: its message forms, attributes, and who catches it.
import numpy as np
from numpy.exceptions import AxisError

e = AxisError(2, 1)
print(e)
print(repr(e), e.args, e.axis, e.ndim)
e = AxisError(3, 2, "normalize")
print(e)
e = AxisError("axis must be 0 or 1")
print(e, e.axis, e.ndim)
print(isinstance(e, ValueError), isinstance(e, IndexError))


def normalize(a, axis):
    if axis >= a.ndim:
        raise AxisError(axis, a.ndim, "normalize")
    return a / a.sum(axis=axis, keepdims=True)


x = np.array([[1.0, 3.0], [2.0, 2.0]])
print(normalize(x, 1))
try:
    x.sum(axis=2)
except AxisError as err:
    print("caught:", err)
try:
    np.concatenate([x, x], axis=-3)
except IndexError as err:
    print("IndexError catches it too:", err)
print(normalize(x, 2))
