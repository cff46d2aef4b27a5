# np.tri, np.triu and np.tril as numpy/lib/_twodim_base_impl.py writes them.

import numpy as np


def tri(N, M=None, k=0, dtype=float):
    """An array with ones at and below the k-th diagonal and zeros elsewhere."""
    if M is None:
        M = N
    m = np.greater_equal.outer(np.arange(N), np.arange(-k, M - k))
    return m.astype(dtype)


def tril(m, k=0):
    """A copy of m with the elements above the k-th diagonal zeroed."""
    m = np.asanyarray(m)
    mask = tri(*m.shape[-2:], k=k, dtype=bool)
    return np.where(mask, m, np.zeros(1, m.dtype))


def triu(m, k=0):
    """A copy of m with the elements below the k-th diagonal zeroed."""
    m = np.asanyarray(m)
    mask = tri(*m.shape[-2:], k=k - 1, dtype=bool)
    return np.where(mask, np.zeros(1, m.dtype), m)


def fliplr(m):
    """m with its columns in reverse order (a view)."""
    m = np.asanyarray(m)
    if m.ndim < 2:
        raise ValueError("Input must be >= 2-d.")
    return m[:, ::-1]


def flipud(m):
    """m with its rows in reverse order (a view)."""
    m = np.asanyarray(m)
    if m.ndim < 1:
        raise ValueError("Input must be >= 1-d.")
    return m[::-1, ...]


def tril_indices(n, k=0, m=None):
    """The row and column indices of the lower triangle of an (n, m) array."""
    return np.nonzero(tri(n, m, k=k, dtype=bool))


def triu_indices(n, k=0, m=None):
    """The row and column indices of the upper triangle of an (n, m) array."""
    return np.nonzero(~tri(n, m, k=k - 1, dtype=bool))


def vander(x, N=None, increasing=False):
    """The Vandermonde matrix: columns x**(N-1), ..., x, 1 (each power one product further, as
    numpy's multiply.accumulate computes them)."""
    x = np.asarray(x)
    if x.ndim != 1:
        raise ValueError("x must be a one-dimensional array or sequence.")
    if N is None:
        N = len(x)
    v = np.empty((len(x), N), dtype=np.promote_types(x.dtype, int))
    tmp = v[:, ::-1] if not increasing else v
    if N > 0:
        tmp[:, 0] = 1
    if N > 1:
        col = x
        tmp[:, 1] = col
        for i in range(2, N):
            col = col * x
            tmp[:, i] = col
    return v
