# np.logspace as numpy/_core/function_base.py writes it (for scalar start, stop and base).

import numpy as np


def logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0):
    """num numbers spaced evenly on a log scale: base ** linspace(start, stop, num)."""
    if np.ndim(start) or np.ndim(stop) or np.ndim(base):
        raise NotImplementedError("np.logspace of array start/stop/base is not supported by gradstep")
    y = np.linspace(start, stop, num=num, endpoint=endpoint)
    # numpy makes base a 0-d float64 array, so the powers are float64 whatever y is.
    r = np.power(np.asarray(base, dtype=np.result_type(base, np.float64)), y)
    if dtype is None:
        return r
    return r.astype(dtype)
