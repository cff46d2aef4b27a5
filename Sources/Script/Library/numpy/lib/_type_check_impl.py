# np.nan_to_num as numpy/lib/_type_check_impl.py writes it.

import numpy as np


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
    """x with NaN replaced by nan and infinities by the largest finite values (or posinf/neginf)."""
    x = np.array(x) if copy else np.asanyarray(x)
    if not np.issubdtype(x.dtype, np.inexact):
        return x
    info = np.finfo(x.dtype)
    maxf = info.max if posinf is None else posinf
    minf = info.min if neginf is None else neginf
    r = np.where(np.isnan(x), nan, x)
    r = np.where(r == np.inf, maxf, r)
    r = np.where(r == -np.inf, minf, r)
    r = r.astype(x.dtype)
    return r
