# np.identity and np.roll as numpy/_core/numeric.py writes them, over gradstep's primitives.

import numpy as np


def identity(n, dtype=None):
    """The n x n identity array (numpy's identity: eye(n))."""
    return np.eye(n, dtype=dtype)


def roll(a, shift, axis=None):
    """Elements shifted along an axis (the flattened array without one), wrapping around."""
    a = np.asanyarray(a)
    if axis is None:
        return roll(a.ravel(), shift, 0).reshape(a.shape)
    shifts = tuple(shift) if isinstance(shift, (tuple, list)) else (shift,)
    axes = tuple(axis) if isinstance(axis, (tuple, list)) else (axis,)
    if len(shifts) == 1:
        shifts = shifts * len(axes)
    if len(axes) == 1:
        axes = axes * len(shifts)
    if len(shifts) != len(axes):
        raise ValueError("'shift' and 'axis' should be scalars or 1D sequences")
    result = np.array(a)
    for sh, ax in zip(shifts, axes):
        # An empty take checks the axis with numpy's AxisError.
        np.take(result, np.arange(0), axis=ax)
        n = result.shape[ax]
        if n == 0:
            continue
        result = np.take(result, (np.arange(n) - int(sh)) % n, axis=ax)
    return result


def indices(dimensions, dtype=int, sparse=False):
    """An array of the index grids of an array of shape dimensions (one grid per dimension)."""
    if sparse:
        raise NotImplementedError("np.indices(sparse=True) is not supported by gradstep")
    dimensions = tuple(dimensions)
    N = len(dimensions)
    res = np.empty((N,) + dimensions, dtype=dtype)
    for i, dim in enumerate(dimensions):
        shape = (1,) * i + (dim,) + (1,) * (N - i - 1)
        res[i] = np.arange(dim, dtype=dtype).reshape(shape)
    return res
