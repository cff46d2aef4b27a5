"""numpy's `errstate` context manager (numpy/_core/_ufunc_config.py). gradstep's ufuncs never
warn about floating-point errors (numpy's RuntimeWarnings go to stderr), so 'ignore', 'warn',
'print' and 'call' change nothing visible; 'raise' would turn them into FloatingPointError, which
gradstep does not track, and is refused by name."""

_MODES = ("ignore", "warn", "raise", "call", "print", "log", None)


class errstate:
    def __init__(self, *, call=None, all=None, divide=None, over=None, under=None, invalid=None):
        for name, mode in (("all", all), ("divide", divide), ("over", over), ("under", under), ("invalid", invalid)):
            if mode not in _MODES:
                raise ValueError(f"invalid value for {name}: {mode!r}")
            if mode == "raise":
                raise NotImplementedError(
                    f"np.errstate({name}='raise') is not supported by gradstep: its numpy does not track "
                    "floating-point errors (check with np.isfinite instead)")
        self._call = call

    def __enter__(self):
        return None

    def __exit__(self, *exc_info):
        return None
