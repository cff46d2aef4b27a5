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
