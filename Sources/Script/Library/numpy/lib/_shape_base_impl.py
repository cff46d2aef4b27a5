# np.column_stack, np.split and np.array_split as numpy/lib/_shape_base_impl.py writes them.

import numpy as np


def column_stack(tup):
    """1-d and 2-d arrays stacked as columns of a 2-d array."""
    arrays = []
    for v in tup:
        arr = np.asanyarray(v)
        if arr.ndim < 2:
            arr = np.array(arr, ndmin=2).T
        arrays.append(arr)
    return np.concatenate(arrays, 1)


def array_split(ary, indices_or_sections, axis=0):
    """Sub-arrays of ary along axis: at the given indices, or that many of near-equal sizes."""
    try:
        Ntotal = ary.shape[axis]
    except AttributeError:
        Ntotal = len(ary)
    try:
        Nsections = len(indices_or_sections) + 1
        div_points = [0] + [int(i) for i in indices_or_sections] + [Ntotal]
    except TypeError:
        Nsections = int(indices_or_sections)
        if Nsections <= 0:
            raise ValueError('number sections must be larger than 0.') from None
        Neach_section, extras = divmod(Ntotal, Nsections)
        section_sizes = [0] + extras * [Neach_section + 1] + (Nsections - extras) * [Neach_section]
        div_points = []
        total = 0
        for size in section_sizes:
            total += size
            div_points.append(total)
    sub_arys = []
    sary = np.swapaxes(ary, axis, 0)
    for i in range(Nsections):
        st = div_points[i]
        end = div_points[i + 1]
        sub_arys.append(np.swapaxes(sary[st:end], axis, 0))
    return sub_arys


def split(ary, indices_or_sections, axis=0):
    """Sub-arrays of ary along axis: at the given indices, or that many of equal sizes."""
    try:
        len(indices_or_sections)
    except TypeError:
        sections = indices_or_sections
        N = np.asanyarray(ary).shape[axis]
        if N % sections:
            raise ValueError('array split does not result in an equal division') from None
    return array_split(ary, indices_or_sections, axis)


def hsplit(ary, indices_or_sections):
    """split along the second axis (the first for 1-d arrays)."""
    if np.ndim(ary) == 0:
        raise ValueError('hsplit only works on arrays of 1 or more dimensions')
    if np.ndim(ary) > 1:
        return split(ary, indices_or_sections, 1)
    return split(ary, indices_or_sections, 0)


def vsplit(ary, indices_or_sections):
    """split along the first axis."""
    if np.ndim(ary) < 2:
        raise ValueError('vsplit only works on arrays of 2 or more dimensions')
    return split(ary, indices_or_sections, 0)


def dsplit(ary, indices_or_sections):
    """split along the third axis."""
    if np.ndim(ary) < 3:
        raise ValueError('dsplit only works on arrays of 3 or more dimensions')
    return split(ary, indices_or_sections, 2)


def dstack(tup):
    """Arrays stacked along a third axis (after atleast_3d)."""
    arrs = np.atleast_3d(*tup)
    if not isinstance(arrs, tuple):
        arrs = (arrs,)
    return np.concatenate(arrs, 2)


def tile(A, reps):
    """A repeated reps times along each axis (reps a number or a tuple)."""
    try:
        tup = tuple(reps)
    except TypeError:
        tup = (reps,)
    d = len(tup)
    c = np.array(A, ndmin=d)
    if d < c.ndim:
        tup = (1,) * (c.ndim - d) + tup
    shape_out = tuple(s * t for s, t in zip(c.shape, tup))
    n = c.size
    if n > 0:
        for dim_in, nrep in zip(c.shape, tup):
            if nrep != 1:
                c = c.reshape(-1, n).repeat(nrep, 0)
            n //= dim_in
    return c.reshape(shape_out)


def kron(a, b):
    """The Kronecker product of two arrays of at most two dimensions."""
    a = np.asanyarray(a)
    b = np.asanyarray(b)
    if a.ndim > 2 or b.ndim > 2:
        raise NotImplementedError("np.kron of arrays of more than two dimensions is not supported by gradstep")
    nd = max(a.ndim, b.ndim)
    a = np.array(a, ndmin=nd)
    b = np.array(b, ndmin=nd)
    if nd == 1:
        return np.multiply.outer(a, b).reshape(a.shape[0] * b.shape[0])
    r = np.multiply.outer(a, b)
    return np.moveaxis(r, 2, 1).reshape(a.shape[0] * b.shape[0], a.shape[1] * b.shape[1])
