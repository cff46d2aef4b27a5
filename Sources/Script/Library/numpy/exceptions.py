# numpy.exceptions as numpy/exceptions.py defines the classes course code meets.


class ComplexWarning(RuntimeWarning):
    """Casting a complex dtype to a real one discards the imaginary part."""


class VisibleDeprecationWarning(UserWarning):
    """A deprecation warning shown by default."""


class RankWarning(RuntimeWarning):
    """np.polyfit's matrix is rank deficient."""


class TooHardError(RuntimeError):
    """max_work was exceeded."""


class DTypePromotionError(TypeError):
    """Multiple DTypes could not be converted to a common one."""


class AxisError(ValueError, IndexError):
    """Axis supplied was invalid: AxisError(axis, ndim, msg_prefix=None), or AxisError(message)."""

    # Class-level defaults: an AxisError gradstep raises natively carries only its message.
    axis = None
    ndim = None
    _msg = None

    def __init__(self, axis, ndim=None, msg_prefix=None):
        if ndim is msg_prefix is None:
            # single-argument form: directly set the error message
            self._msg = axis
            self.axis = None
            self.ndim = None
        else:
            self._msg = msg_prefix
            self.axis = axis
            self.ndim = ndim

    def __str__(self):
        axis = self.axis
        ndim = self.ndim
        if axis is ndim is None:
            return super().__str__() if self._msg is None else self._msg
        msg = f"axis {axis} is out of bounds for array of dimension {ndim}"
        if self._msg is not None:
            msg = f"{self._msg}: {msg}"
        return msg
