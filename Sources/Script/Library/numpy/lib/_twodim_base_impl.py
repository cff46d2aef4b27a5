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
