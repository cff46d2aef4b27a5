# np.atleast_1d / atleast_2d / atleast_3d as numpy/_core/shape_base.py writes them.

import numpy as np


def atleast_1d(*arys):
    """Each input as an array of at least one dimension (a tuple of them for several)."""
    res = []
    for ary in arys:
        ary = np.asanyarray(ary)
        res.append(ary.reshape(1) if ary.ndim == 0 else ary)
    if len(res) == 1:
        return res[0]
    return tuple(res)


def atleast_2d(*arys):
    """Each input as an array of at least two dimensions (1-d arrays become rows)."""
    res = []
    for ary in arys:
        ary = np.asanyarray(ary)
        if ary.ndim == 0:
            result = ary.reshape(1, 1)
        elif ary.ndim == 1:
            result = ary[np.newaxis, :]
        else:
            result = ary
        res.append(result)
    if len(res) == 1:
        return res[0]
    return tuple(res)


def atleast_3d(*arys):
    """Each input as an array of at least three dimensions ((N,) becomes (1, N, 1), (M, N) (M, N, 1))."""
    res = []
    for ary in arys:
        ary = np.asanyarray(ary)
        if ary.ndim == 0:
            result = ary.reshape(1, 1, 1)
        elif ary.ndim == 1:
            result = ary[np.newaxis, :, np.newaxis]
        elif ary.ndim == 2:
            result = ary[:, :, np.newaxis]
        else:
            result = ary
        res.append(result)
    if len(res) == 1:
        return res[0]
    return tuple(res)
