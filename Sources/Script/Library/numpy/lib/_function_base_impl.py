# np.average, np.cov and np.corrcoef as numpy/lib/_function_base_impl.py writes them (without
# fweights/aweights, which fail with a clear error).

import warnings

import numpy as np


def average(a, axis=None, weights=None, returned=False, keepdims=False):
    """The (weighted) mean along axis; with returned=True also the sum of the weights."""
    a = np.asanyarray(a)
    if weights is None:
        avg = a.mean(axis, keepdims=keepdims)
        scl = np.asarray(a.size / np.asarray(avg).size).astype(np.asarray(avg).dtype)
    else:
        wgt = np.asanyarray(weights)
        if np.issubdtype(a.dtype, np.integer) or a.dtype == np.bool_:
            result_dtype = np.result_type(a.dtype, wgt.dtype, np.float64)
        else:
            result_dtype = np.result_type(a.dtype, wgt.dtype)
        if a.shape != wgt.shape:
            if axis is None:
                raise TypeError("Axis must be specified when shapes of a and weights differ.")
            if not isinstance(axis, int):
                raise NotImplementedError("np.average with weights over several axes is not supported by gradstep")
            ax = axis + a.ndim if axis < 0 else axis
            if wgt.shape != (a.shape[ax],):
                raise ValueError("Shape of weights must be consistent with shape of a along specified axis.")
            wgt = wgt.reshape(tuple(a.shape[ax] if i == ax else 1 for i in range(a.ndim)))
        scl = (wgt + np.zeros(a.shape, dtype=wgt.dtype)).sum(axis=axis, dtype=result_dtype, keepdims=keepdims)
        if np.any(scl == 0.0):
            raise ZeroDivisionError("Weights sum to zero, can't be normalized")
        avg = (a.astype(result_dtype) * wgt.astype(result_dtype)).sum(axis, keepdims=keepdims) / scl
    if returned:
        if np.shape(scl) != np.shape(avg):
            scl = np.broadcast_to(scl, np.shape(avg)).copy()
        return avg, scl
    return avg


def cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *, dtype=None):
    """The covariance matrix of the variables in the rows (columns with rowvar=False) of m and y."""
    if ddof is not None and ddof != int(ddof):
        raise ValueError("ddof must be integer")
    if fweights is not None or aweights is not None:
        raise NotImplementedError("np.cov's fweights/aweights are not supported by gradstep")
    m = np.asarray(m)
    if m.ndim > 2:
        raise ValueError("m has more than 2 dimensions")
    if dtype is None:
        if y is None:
            dtype = np.result_type(m, np.float64)
        else:
            y = np.asarray(y)
            if y.ndim > 2:
                raise ValueError("y has more than 2 dimensions")
            dtype = np.result_type(m, y, np.float64)
    X = np.array(m, ndmin=2, dtype=dtype)
    if not rowvar and X.shape[0] != 1:
        X = X.T
    if X.shape[0] == 0:
        return np.array([]).reshape(0, 0)
    if y is not None:
        y = np.array(y, ndmin=2, dtype=dtype)
        if not rowvar and y.shape[0] != 1:
            y = y.T
        X = np.concatenate((X, y), axis=0)
    if ddof is None:
        ddof = 0 if bias else 1
    avg = np.average(X, axis=1)
    fact = X.shape[1] - ddof
    if fact <= 0:
        warnings.warn("Degrees of freedom <= 0 for slice", RuntimeWarning, stacklevel=2)
        fact = 0.0
    X = X - avg[:, None]
    c = np.dot(X, X.T)
    c = c * np.true_divide(1, fact)
    return c.squeeze()


def corrcoef(x, y=None, rowvar=True, *, dtype=None):
    """Pearson correlation coefficients: the covariance matrix scaled by the standard deviations."""
    c = cov(x, y, rowvar, dtype=dtype)
    if np.ndim(c) != 2:
        # A single variable: numpy divides the 0-d covariance by itself.
        return c / c
    d = np.diag(c)
    stddev = np.sqrt(d)
    c = c / stddev[:, None]
    c = c / stddev[None, :]
    return np.clip(c, -1, 1)


def _normalize_axis(axis, nd):
    if not -nd <= axis < nd:
        raise np.exceptions.AxisError(f"axis {axis} is out of bounds for array of dimension {nd}")
    return axis % nd


_NoValue = object()


def diff(a, n=1, axis=-1, prepend=_NoValue, append=_NoValue):
    """The n-th discrete difference along axis (not_equal for bools)."""
    if n == 0:
        return a
    if n < 0:
        raise ValueError("order must be non-negative but got " + repr(n))
    a = np.asanyarray(a)
    nd = a.ndim
    if nd == 0:
        raise ValueError("diff requires input that is at least one dimensional")
    axis = _normalize_axis(axis, nd)
    combined = []
    if prepend is not _NoValue:
        prepend = np.asanyarray(prepend)
        if prepend.ndim == 0:
            shape = list(a.shape)
            shape[axis] = 1
            prepend = np.broadcast_to(prepend, tuple(shape))
        combined.append(prepend)
    combined.append(a)
    if append is not _NoValue:
        append = np.asanyarray(append)
        if append.ndim == 0:
            shape = list(a.shape)
            shape[axis] = 1
            append = np.broadcast_to(append, tuple(shape))
        combined.append(append)
    if len(combined) > 1:
        a = np.concatenate(combined, axis)
    slice1 = [slice(None)] * nd
    slice2 = [slice(None)] * nd
    slice1[axis] = slice(1, None)
    slice2[axis] = slice(None, -1)
    slice1 = tuple(slice1)
    slice2 = tuple(slice2)
    op = np.not_equal if a.dtype == np.bool_ else np.subtract
    for _ in range(n):
        a = op(a[slice1], a[slice2])
    return a


def rot90(m, k=1, axes=(0, 1)):
    """m rotated by 90 degrees k times in the plane of axes (counterclockwise from the first toward the second)."""
    axes = tuple(axes)
    if len(axes) != 2:
        raise ValueError("len(axes) must be 2.")
    m = np.asanyarray(m)
    if axes[0] == axes[1] or abs(axes[0] - axes[1]) == m.ndim:
        raise ValueError("Axes must be different.")
    if axes[0] >= m.ndim or axes[0] < -m.ndim or axes[1] >= m.ndim or axes[1] < -m.ndim:
        raise ValueError(f"Axes={axes} out of range for array of ndim={m.ndim}.")
    k %= 4
    if k == 0:
        return m[:]
    if k == 2:
        return np.flip(np.flip(m, axes[0]), axes[1])
    axes_list = list(range(0, m.ndim))
    (axes_list[axes[0]], axes_list[axes[1]]) = (axes_list[axes[1]], axes_list[axes[0]])
    if k == 1:
        return np.transpose(np.flip(m, axes[1]), axes_list)
    return np.flip(np.transpose(m, axes_list), axes[1])


def append(arr, values, axis=None):
    """A copy of arr with values appended (both flattened without an axis)."""
    arr = np.asanyarray(arr)
    if axis is None:
        if arr.ndim != 1:
            arr = arr.ravel()
        values = np.ravel(values)
        axis = arr.ndim - 1
    return np.concatenate((arr, values), axis=axis)


def delete(arr, obj, axis=None):
    """A copy of arr without the entries obj (indices, or a slice) along axis (flattened without one)."""
    arr = np.asarray(arr)
    if axis is None:
        arr = arr.ravel()
        axis = 0
    axis = _normalize_axis(axis, arr.ndim)
    n = arr.shape[axis]
    if isinstance(obj, slice):
        drop = np.arange(n)[obj]
    else:
        drop = np.asarray(obj)
        if drop.dtype == np.bool_:
            drop = np.flatnonzero(drop)
        for i in drop.ravel().tolist():
            if not -n <= i < n:
                raise IndexError(f"index {i} is out of bounds for axis {axis} with size {n}")
        drop = drop % n if n else drop
    keep = np.setdiff1d(np.arange(n), drop)
    return np.take(arr, keep, axis=axis)


def insert(arr, obj, values, axis=None):
    """A copy of arr with values inserted before index obj along axis (flattened without one)."""
    arr = np.asarray(arr)
    if axis is None:
        arr = arr.ravel()
        axis = 0
    axis = _normalize_axis(axis, arr.ndim)
    n = arr.shape[axis]
    if not isinstance(obj, int) and np.ndim(obj) != 0:
        raise NotImplementedError("np.insert at several indices is not supported by gradstep")
    index = int(obj)
    if not -n <= index <= n:
        raise IndexError(f"index {obj} is out of bounds for axis {axis} with size {n}")
    if index < 0:
        index += n
    values = np.array(values, ndmin=arr.ndim, dtype=arr.dtype)
    if values.ndim > arr.ndim or values.shape[axis] == 0:
        raise NotImplementedError("np.insert of these values is not supported by gradstep")
    values = np.moveaxis(values, 0, axis)
    shape = list(arr.shape)
    shape[axis] = values.shape[axis]
    values = np.broadcast_to(values, tuple(shape))
    before = np.take(arr, np.arange(index), axis=axis)
    after = np.take(arr, np.arange(index, n), axis=axis)
    return np.concatenate((before, values, after), axis=axis)


def select(condlist, choicelist, default=0):
    """Elements from the first choice whose condition holds, default where none does."""
    if len(condlist) != len(choicelist):
        raise ValueError('list of cases must be same length as list of conditions')
    if len(condlist) == 0:
        raise ValueError("select with an empty condition list is not possible")
    choicelist = [np.asarray(choice) for choice in choicelist]
    try:
        intermediate_dtype = np.result_type(*choicelist)
    except TypeError as e:
        raise TypeError('Choicelist elements do not have a common dtype') from e
    default_array = np.asarray(default)
    result_dtype = np.result_type(intermediate_dtype, default_array)
    condlist = [np.asarray(cond) for cond in condlist]
    for i, cond in enumerate(condlist):
        if cond.dtype != np.bool_:
            raise TypeError(f'invalid entry {i} in condlist: should be boolean ndarray')
    shape = ()
    for arr in condlist + choicelist + [default_array]:
        shape = (np.zeros(shape, dtype=bool) | np.zeros(arr.shape, dtype=bool)).shape
    result = np.broadcast_to(default_array.astype(result_dtype), shape)
    for cond, choice in zip(condlist[::-1], choicelist[::-1]):
        result = np.where(cond, choice.astype(result_dtype), result)
    return result


def sinc(x):
    """sin(pi x) / (pi x), 1 at 0."""
    x = np.asanyarray(x)
    y = np.pi * np.where(x == 0, 1.0e-20, x)
    return np.sin(y) / y


def trapezoid(y, x=None, dx=1.0, axis=-1):
    """The integral of y along axis by the trapezoidal rule (samples at x, or dx apart)."""
    y = np.asanyarray(y)
    nd = y.ndim
    axis = _normalize_axis(axis, nd)
    if x is None:
        d = dx
    else:
        x = np.asanyarray(x)
        if x.ndim == 1:
            d = np.diff(x)
            shape = [1] * nd
            shape[axis] = d.shape[0]
            d = d.reshape(shape)
        else:
            d = np.diff(x, axis=axis)
    slice1 = [slice(None)] * nd
    slice2 = [slice(None)] * nd
    slice1[axis] = slice(1, None)
    slice2[axis] = slice(None, -1)
    return (d * (y[tuple(slice1)] + y[tuple(slice2)]) / 2.0).sum(axis)
