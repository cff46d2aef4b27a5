# np.polyval as numpy/lib/_polynomial_impl.py writes it.

import numpy as np


def polyval(p, x):
    """The polynomial with coefficients p (highest power first) at x, by Horner's scheme."""
    p = np.asarray(p)
    x = np.asanyarray(x)
    y = np.zeros_like(x)
    for pv in p:
        y = y * x + pv
    return y


def polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False):
    """Least-squares polynomial fit, as numpy/lib/_polynomial_impl.py computes it: the scaled
    Vandermonde matrix solved by np.linalg.lstsq."""
    order = int(deg) + 1
    x = np.asarray(x) + 0.0
    y = np.asarray(y) + 0.0

    # check arguments.
    if deg < 0:
        raise ValueError("expected deg >= 0")
    if x.ndim != 1:
        raise TypeError("expected 1D vector for x")
    if x.size == 0:
        raise TypeError("expected non-empty vector for x")
    if y.ndim < 1 or y.ndim > 2:
        raise TypeError("expected 1D or 2D array for y")
    if x.shape[0] != y.shape[0]:
        raise TypeError("expected x and y to have same length")
    if cov:
        raise NotImplementedError("np.polyfit(cov=True) is not supported by gradstep")

    # set rcond
    if rcond is None:
        rcond = len(x) * np.finfo(x.dtype).eps

    # set up least squares equation for powers of x
    lhs = np.vander(x, order)
    rhs = y

    # apply weighting
    if w is not None:
        w = np.asarray(w) + 0.0
        if w.ndim != 1:
            raise TypeError("expected a 1-d array for weights")
        if w.shape[0] != y.shape[0]:
            raise TypeError("expected w and y to have the same length")
        lhs *= w[:, np.newaxis]
        if rhs.ndim == 2:
            rhs *= w[:, np.newaxis]
        else:
            rhs *= w

    # scale lhs to improve condition number and solve
    scale = np.sqrt((lhs * lhs).sum(axis=0))
    lhs /= scale
    c, resids, rank, s = np.linalg.lstsq(lhs, rhs, rcond)
    c = (c.T / scale).T  # broadcast scale coefficients

    # warn on rank reduction, which indicates an ill conditioned matrix
    if rank != order and not full:
        import warnings
        msg = "Polyfit may be poorly conditioned"
        warnings.warn(msg, np.exceptions.RankWarning, stacklevel=2)

    if full:
        return c, resids, rank, s, rcond
    return c
