"""numpy's `printoptions` context manager (numpy/_core/arrayprint.py); the printing itself is
Swift's (Sources/Script/Numpy/ArrayPrint.swift), as numpy's options live with the interpreter."""
import contextlib

import numpy as np


@contextlib.contextmanager
def printoptions(*args, **kwargs):
    opts = np.get_printoptions()
    try:
        np.set_printoptions(*args, **kwargs)
        yield np.get_printoptions()
    finally:
        np.set_printoptions(precision=opts["precision"], threshold=opts["threshold"],
                            edgeitems=opts["edgeitems"], linewidth=opts["linewidth"],
                            suppress=opts["suppress"], floatmode=opts["floatmode"], sign=opts["sign"])
