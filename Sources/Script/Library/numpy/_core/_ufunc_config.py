"""numpy's `errstate` context manager (numpy/_core/_ufunc_config.py): sets numpy's floating-point
error modes (`np.seterr`, kept by the interpreter) for the block and restores them after it.
'call' and 'log' (a callback) are refused by name."""

import numpy as np

_MODES = ("ignore", "warn", "raise", "call", "print", "log", None)


class errstate:
    def __init__(self, *, call=None, all=None, divide=None, over=None, under=None, invalid=None):
        for name, mode in (("all", all), ("divide", divide), ("over", over), ("under", under), ("invalid", invalid)):
            if mode not in _MODES:
                raise ValueError(f"invalid value for {name}: {mode!r}")
        self._call = call
        self._kwargs = {"all": all, "divide": divide, "over": over, "under": under, "invalid": invalid}

    def __enter__(self):
        self._saved = np.seterr(**self._kwargs)
        return None

    def __exit__(self, *exc_info):
        np.seterr(**self._saved)
        return None
