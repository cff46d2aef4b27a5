"""numpy's `finfo` and `iinfo` (numpy/_core/getlimits.py): machine limits of the float and integer
types, with numpy's str and repr. The constants are IEEE 754's for half, single and double."""

import numpy as np

# name: (bits, precision, machep, negep, minexp, maxexp, nmant, eps, epsneg, max, tiny, subnormal,
#        resolution, repr format)
_FLOATS = {
    'float16': (16, 3, -10, -11, -14, 16, 10, 0.0009765625, 0.00048828125, 65504.0,
                6.103515625e-05, 5.960464477539063e-08, 1e-3, '%12.5e'),
    'float32': (32, 6, -23, -24, -126, 128, 23, 1.1920928955078125e-07, 5.960464477539063e-08,
                3.4028234663852886e+38, 1.1754943508222875e-38, 1.401298464324817e-45, 1e-6, '%15.7e'),
    'float64': (64, 15, -52, -53, -1022, 1024, 52, 2.220446049250313e-16, 1.1102230246251565e-16,
                1.7976931348623157e+308, 2.2250738585072014e-308, 5e-324, 1e-15, '%24.16e'),
}

_INTS = {
    'int8': (8, -128, 127), 'int16': (16, -32768, 32767), 'int32': (32, -2147483648, 2147483647),
    'int64': (64, -9223372036854775808, 9223372036854775807),
    'uint8': (8, 0, 255), 'uint16': (16, 0, 65535), 'uint32': (32, 0, 4294967295),
    'uint64': (64, 0, 18446744073709551615),
}


def _dtype_of(x):
    if hasattr(x, 'dtype') and not isinstance(x, type):
        return x.dtype
    return np.dtype(x)


class finfo:
    def __init__(self, dtype):
        d = _dtype_of(dtype)
        if d.name not in _FLOATS:
            raise ValueError(f"data type {d.type!r} not inexact")
        (self.bits, self.precision, self.machep, self.negep, self.minexp, self.maxexp, self.nmant,
         eps, epsneg, max_, tiny, subnormal, resolution, self._fmt_str) = _FLOATS[d.name]
        t = d.type
        self.dtype = d
        self.eps = t(eps)
        self.epsneg = t(epsneg)
        self.max = t(max_)
        self.min = t(-max_)
        self.tiny = t(tiny)
        self.smallest_normal = t(tiny)
        self.smallest_subnormal = t(subnormal)
        self.resolution = t(resolution)
        self.iexp = self.bits - self.nmant - 1
        self.nexp = self.iexp

    def __str__(self):
        # numpy formats each value with str() (an f-string would show a float16's exact digits).
        v = {k: str(getattr(self, k)) for k in ('precision', 'resolution', 'machep', 'eps', 'negep', 'epsneg',
                                                'minexp', 'tiny', 'maxexp', 'max', 'nexp', 'smallest_normal',
                                                'smallest_subnormal')}
        return (
            f"Machine parameters for {self.dtype}\n"
            f"---------------------------------------------------------------\n"
            f"precision = {v['precision']}   resolution = {v['resolution']}\n"
            f"machep = {v['machep']}   eps =        {v['eps']}\n"
            f"negep =  {v['negep']}   epsneg =     {v['epsneg']}\n"
            f"minexp = {v['minexp']}   tiny =       {v['tiny']}\n"
            f"maxexp = {v['maxexp']}   max =        {v['max']}\n"
            f"nexp =   {v['nexp']}   min =        -max\n"
            f"smallest_normal = {v['smallest_normal']}   "
            f"smallest_subnormal = {v['smallest_subnormal']}\n"
            f"---------------------------------------------------------------\n"
        )

    def __repr__(self):
        max_str = (self._fmt_str % float(self.max)).strip()
        min_str = (self._fmt_str % float(self.min)).strip()
        return f"finfo(resolution={str(self.resolution)}, min={min_str}, max={max_str}, dtype={self.dtype})"


class iinfo:
    def __init__(self, int_type):
        d = _dtype_of(int_type)
        if d.name not in _INTS:
            raise ValueError(f"Invalid integer data type {d.kind!r}.")
        self.dtype = d
        self.kind = d.kind
        self.bits, self.min, self.max = _INTS[d.name]

    def __str__(self):
        return ('Machine parameters for %s\n'
                '---------------------------------------------------------------\n'
                'min = %s\n'
                'max = %s\n'
                '---------------------------------------------------------------\n') % (self.dtype, self.min, self.max)

    def __repr__(self):
        return "%s(min=%s, max=%s, dtype=%s)" % (self.__class__.__name__, self.min, self.max, self.dtype)
