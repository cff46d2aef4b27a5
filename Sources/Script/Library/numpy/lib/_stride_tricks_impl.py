# np.broadcast_to as numpy/lib/_stride_tricks_impl.py gives it (a copy here, where numpy gives a
# read-only view).

import numpy as np


def _text(shape):
    # numpy's C formats shapes without spaces: (2,2), (3,).
    return "(" + ",".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def broadcast_to(array, shape, subok=False):
    """array broadcast to shape."""
    array = np.asanyarray(array)
    if isinstance(shape, int):
        shape = (shape,)
    shape = tuple(shape)
    if array.ndim > len(shape):
        raise ValueError("input operand has more dimensions than allowed by the axis remapping")
    for have, want in zip(array.shape[::-1], shape[::-1]):
        if have != 1 and have != want:
            raise ValueError("operands could not be broadcast together with remapped shapes "
                             f"[original->remapped]: {_text(array.shape)}  and requested shape {_text(shape)}")
    return array + np.zeros(shape, dtype=array.dtype)
