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
