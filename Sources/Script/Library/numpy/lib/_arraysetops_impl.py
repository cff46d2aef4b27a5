# np.intersect1d, np.setdiff1d, np.union1d and np.isin as numpy/lib/_arraysetops_impl.py writes them.

import numpy as np


def _in1d(ar1, ar2, invert=False):
    """For each element of ar1 (flattened), whether it is in ar2: binary search in ar2's sorted values."""
    ar1 = np.asarray(ar1).ravel()
    ar2 = np.unique(np.asarray(ar2).ravel())
    if ar2.size == 0:
        mask = np.zeros(ar1.shape, dtype=bool)
    else:
        idx = np.clip(np.searchsorted(ar2, ar1), 0, ar2.size - 1)
        mask = ar2[idx] == ar1
    return ~mask if invert else mask


def isin(element, test_elements, assume_unique=False, invert=False, *, kind=None):
    """A bool array of element's shape: whether each element is in test_elements."""
    element = np.asarray(element)
    return _in1d(element, test_elements, invert=invert).reshape(element.shape)


def intersect1d(ar1, ar2, assume_unique=False, return_indices=False):
    """The sorted unique values in both arrays."""
    if return_indices:
        raise NotImplementedError("np.intersect1d's return_indices is not supported by gradstep")
    if not assume_unique:
        ar1 = np.unique(ar1)
        ar2 = np.unique(ar2)
    else:
        ar1 = np.asarray(ar1).ravel()
        ar2 = np.asarray(ar2).ravel()
    aux = np.concatenate((ar1, ar2))
    aux.sort()
    mask = aux[1:] == aux[:-1]
    return aux[:-1][mask]


def setdiff1d(ar1, ar2, assume_unique=False):
    """The sorted unique values of ar1 that are not in ar2."""
    if assume_unique:
        ar1 = np.asarray(ar1).ravel()
    else:
        ar1 = np.unique(ar1)
        ar2 = np.unique(ar2)
    return ar1[_in1d(ar1, ar2, invert=True)]


def union1d(ar1, ar2):
    """The sorted unique values in either array."""
    return np.unique(np.concatenate((np.asarray(ar1).ravel(), np.asarray(ar2).ravel())))
