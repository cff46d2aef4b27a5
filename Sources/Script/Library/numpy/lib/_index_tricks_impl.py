# np.r_ and np.c_ (numpy/lib/_index_tricks_impl.py): objects whose [] concatenates its items (arrays,
# scalars, slices as arange / linspace) along an axis; c_ makes 1-D items columns first.

import numpy as np


class AxisConcatenator:
    """Translates slice objects to concatenation along an axis (numpy's AxisConcatenator)."""

    def __init__(self, axis=0, matrix=False, ndmin=1, trans1d=-1):
        self.axis = axis
        self.matrix = matrix
        self.trans1d = trans1d
        self.ndmin = ndmin

    def __getitem__(self, key):
        if not isinstance(key, tuple):
            key = (key,)
        trans1d = self.trans1d
        ndmin = self.ndmin
        axis = self.axis
        objs = []
        result_type_objs = []
        for k, item in enumerate(key):
            scalar = False
            if isinstance(item, slice):
                step = item.step
                start = item.start
                stop = item.stop
                if start is None:
                    start = 0
                if step is None:
                    step = 1
                if isinstance(step, complex):
                    newobj = np.linspace(start, stop, num=int(abs(step)))
                else:
                    newobj = np.arange(start, stop, step)
                if ndmin > 1:
                    newobj = np.array(newobj, ndmin=ndmin)
                    if trans1d != -1:
                        newobj = newobj.swapaxes(-1, trans1d)
            elif isinstance(item, str):
                if k != 0:
                    raise ValueError("special directives must be the first entry.")
                if item in ("r", "c"):
                    raise NotImplementedError("np.r_['r'] and np.r_['c'] (matrix results) are not supported by gradstep")
                if "," in item:
                    vec = item.split(",")
                    try:
                        axis, ndmin = [int(x) for x in vec[:2]]
                        if len(vec) == 3:
                            trans1d = int(vec[2])
                        continue
                    except Exception as e:
                        raise ValueError(f"unknown special directive {item!r}") from e
                try:
                    axis = int(item)
                    continue
                except (ValueError, TypeError) as e:
                    raise ValueError("unknown special directive") from e
            elif isinstance(item, (bool, int, float)) or np.isscalar(item):
                scalar = True
                newobj = item
            else:
                item_ndim = np.ndim(item)
                newobj = np.array(item, ndmin=ndmin)
                if trans1d != -1 and item_ndim < ndmin:
                    k2 = ndmin - item_ndim
                    k1 = trans1d
                    if k1 < 0:
                        k1 += k2 + 1
                    defaxes = list(range(ndmin))
                    axes = defaxes[:k1] + defaxes[k2:] + defaxes[k1:k2]
                    newobj = newobj.transpose(axes)
            objs.append(newobj)
            if scalar:
                result_type_objs.append(item)
            else:
                result_type_objs.append(newobj.dtype)
        if len(result_type_objs) != 0:
            final_dtype = np.result_type(*result_type_objs)
            objs = [np.array(obj, ndmin=ndmin, dtype=final_dtype) for obj in objs]
        return np.concatenate(tuple(objs), axis=axis)

    def __len__(self):
        return 0


class RClass(AxisConcatenator):
    """np.r_: concatenation along the first axis."""

    def __init__(self):
        AxisConcatenator.__init__(self, 0)


class CClass(AxisConcatenator):
    """np.c_: 1-D items as columns, concatenated along the last axis."""

    def __init__(self):
        AxisConcatenator.__init__(self, -1, ndmin=2, trans1d=0)


r_ = RClass()
c_ = CClass()


def diag_indices(n, ndim=2):
    """The indices of the main diagonal of an n x n (x n ...) array, one array per dimension."""
    idx = np.arange(n)
    return (idx,) * ndim


class nd_grid:
    """np.mgrid (dense) and np.ogrid (sparse): index grids from slices (a complex step is a count)."""

    def __init__(self, sparse=False):
        self.sparse = sparse

    @staticmethod
    def _axis(k):
        start = 0 if k.start is None else k.start
        step = 1 if k.step is None else k.step
        if isinstance(step, complex):
            return np.linspace(start, k.stop, num=int(abs(step)))
        return np.arange(start, k.stop, step)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._axis(key)
        axes = [self._axis(k) for k in key]
        if any(np.issubdtype(a.dtype, np.floating) for a in axes):
            axes = [a.astype(float) for a in axes]
        n = len(axes)
        if self.sparse:
            return tuple(a.reshape(tuple(-1 if i == j else 1 for j in range(n))) for i, a in enumerate(axes))
        shape = tuple(a.size for a in axes)
        return np.stack([np.broadcast_to(a.reshape(tuple(-1 if i == j else 1 for j in range(n))), shape)
                         for i, a in enumerate(axes)])


mgrid = nd_grid(sparse=False)
ogrid = nd_grid(sparse=True)
