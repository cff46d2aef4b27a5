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
