# np.nansum, np.nanmean, np.nanmax and np.nanmin as numpy/lib/_nanfunctions_impl.py writes them:
# NaNs replaced by a neutral value, then the ordinary reduction.

import warnings

import numpy as np


def _replace_nan(a, val):
    """A copy of a with NaNs replaced by val, and the NaN mask (None for non-float arrays)."""
    a = np.asanyarray(a)
    if not np.issubdtype(a.dtype, np.inexact):
        return a, None
    mask = np.isnan(a)
    return np.where(mask, val, a), mask


def _as(value, dtype):
    """value in dtype (numpy divides in place into the sum's dtype)."""
    r = np.asarray(value).astype(dtype)
    return r


def nansum(a, axis=None, dtype=None, out=None, keepdims=False):
    """The sum treating NaNs as zero."""
    a, mask = _replace_nan(a, 0)
    return np.sum(a, axis=axis, dtype=dtype, keepdims=keepdims)


def nanmean(a, axis=None, dtype=None, out=None, keepdims=False):
    """The mean ignoring NaNs (NaN, with a warning, for an all-NaN slice)."""
    arr, mask = _replace_nan(a, 0)
    if mask is None:
        return np.mean(arr, axis=axis, keepdims=keepdims)
    cnt = np.sum(~mask, axis=axis, dtype=np.intp, keepdims=keepdims)
    tot = np.sum(arr, axis=axis, dtype=dtype, keepdims=keepdims)
    with np.errstate(invalid='ignore', divide='ignore'):
        avg = _as(tot / cnt, np.asarray(tot).dtype)
    if np.any(cnt == 0):
        warnings.warn("Mean of empty slice", RuntimeWarning, stacklevel=2)
    return avg


def _nanextreme(a, axis, keepdims, fill, reduce):
    a, mask = _replace_nan(a, fill)
    res = reduce(a, axis=axis, keepdims=keepdims)
    if mask is None:
        return res
    allnan = np.all(mask, axis=axis, keepdims=keepdims)
    if np.any(allnan):
        warnings.warn("All-NaN slice encountered", RuntimeWarning, stacklevel=3)
        res = _as(np.where(allnan, np.nan, res), np.asarray(res).dtype)
    return res


def nanmin(a, axis=None, out=None, keepdims=False):
    """The minimum ignoring NaNs (NaN, with a warning, for an all-NaN slice)."""
    return _nanextreme(a, axis, keepdims, np.inf, np.amin)


def nanmax(a, axis=None, out=None, keepdims=False):
    """The maximum ignoring NaNs (NaN, with a warning, for an all-NaN slice)."""
    return _nanextreme(a, axis, keepdims, -np.inf, np.amax)


def nanvar(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    """The variance ignoring NaNs."""
    arr, mask = _replace_nan(a, 0)
    if mask is None:
        return np.var(arr, axis=axis, ddof=ddof, keepdims=keepdims)
    cnt = np.sum(~mask, axis=axis, dtype=np.intp, keepdims=True)
    with np.errstate(invalid='ignore', divide='ignore'):
        avg = np.sum(arr, axis=axis, keepdims=True) / cnt
    sqr = np.where(mask, 0, arr - avg) ** 2
    var = np.sum(sqr, axis=axis, keepdims=keepdims)
    if not keepdims:
        cnt = cnt.squeeze(axis) if axis is not None else cnt.reshape(())
    dof = cnt - ddof
    with np.errstate(invalid='ignore', divide='ignore'):
        var = _as(var / dof, np.asarray(var).dtype)
    if np.any(dof <= 0):
        warnings.warn("Degrees of freedom <= 0 for slice.", RuntimeWarning, stacklevel=2)
        var = _as(np.where(dof <= 0, np.nan, var), np.asarray(var).dtype)
    return var


def nanstd(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    """The standard deviation ignoring NaNs."""
    return np.sqrt(nanvar(a, axis=axis, ddof=ddof, keepdims=keepdims))


def nanargmin(a, axis=None, out=None, *, keepdims=False):
    """The index of the minimum ignoring NaNs (ValueError for an all-NaN slice)."""
    a, mask = _replace_nan(a, np.inf)
    if mask is not None and mask.size and np.any(np.all(mask, axis=axis)):
        raise ValueError("All-NaN slice encountered")
    return np.argmin(a, axis=axis)


def nanargmax(a, axis=None, out=None, *, keepdims=False):
    """The index of the maximum ignoring NaNs (ValueError for an all-NaN slice)."""
    a, mask = _replace_nan(a, -np.inf)
    if mask is not None and mask.size and np.any(np.all(mask, axis=axis)):
        raise ValueError("All-NaN slice encountered")
    return np.argmax(a, axis=axis)
