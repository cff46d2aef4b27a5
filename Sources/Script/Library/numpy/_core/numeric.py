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


def tensordot(a, b, axes=2):
    """The sum of products over the last `axes` axes of a and the first of b (or the listed axes pairs)."""
    try:
        iter(axes)
    except Exception:
        axes_a = list(range(-axes, 0))
        axes_b = list(range(0, axes))
    else:
        axes_a, axes_b = axes
    if isinstance(axes_a, int):
        axes_a = [axes_a]
    if isinstance(axes_b, int):
        axes_b = [axes_b]
    axes_a, axes_b = list(axes_a), list(axes_b)
    a, b = np.asarray(a), np.asarray(b)
    as_, nda = a.shape, a.ndim
    bs, ndb = b.shape, b.ndim
    if len(axes_a) != len(axes_b):
        raise ValueError("shape-mismatch for sum")
    for k in range(len(axes_a)):
        if as_[axes_a[k]] != bs[axes_b[k]]:
            raise ValueError("shape-mismatch for sum")
        if axes_a[k] < 0:
            axes_a[k] += nda
        if axes_b[k] < 0:
            axes_b[k] += ndb
    notin = [k for k in range(nda) if k not in axes_a]
    newaxes_a = notin + axes_a
    N2 = 1
    for axis in axes_a:
        N2 *= as_[axis]
    M = 1
    for k in notin:
        M *= as_[k]
    newshape_a = (M, N2)
    olda = [as_[axis] for axis in notin]
    notin = [k for k in range(ndb) if k not in axes_b]
    newaxes_b = axes_b + notin
    N = 1
    for k in notin:
        N *= bs[k]
    newshape_b = (N2, N)
    oldb = [bs[axis] for axis in notin]
    at = a.transpose(newaxes_a).reshape(newshape_a)
    bt = b.transpose(newaxes_b).reshape(newshape_b)
    res = np.dot(at, bt)
    return res.reshape(olda + oldb)
