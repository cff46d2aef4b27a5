#!/usr/bin/env python3
"""Reference tables for gradstep's numpy ufunc parity (issue 17): numpy 2's float32/float64 math
kernels on this machine, bit for bit.

Run with the venv's numpy:  /work/venv/bin/python Tests/Parity/make_numpy_ufunc_tables.py [--dump DIR]
It writes Tests/ScriptTests/NumpyUfuncParityTables.swift: per ufunc and dtype a generator recipe (the
same stateless SplitMix64 stream as Tests/Parity/make_parity_tables.py, rebuilt by
NumpyUfuncParityTests.swift) and FNV-1a hashes of numpy's result bits for
  - the full stream (2^20 inputs; the first 2^14 are checked by every `swift test`),
  - small arrays of sizes 1, 2, ..., 40, 1, 2, ... (the elements numpy's SIMD loops load with
    `load_till`, past the last full vector),
  - a non-contiguous input (every third element of a larger array).
numpy 2.4 on an AVX-512 CPU computes float32 exp/log/sin/cos/tanh and float64 exp/log/tanh with its
own algorithms and most other float ufuncs with Intel's SVML (loops_umath_fp.dispatch.c.src): the
results are not correctly rounded, and a 1-ulp difference shows in numpy's shortest-repr printing.
With --dump DIR it also writes DIR/<name>.{in0,in1,out} for counting identical results
(GRADSTEP_NUMPY_PARITY_DIR=DIR swift test --filter NumpyUfuncParity).
"""
import math, os, sys
import numpy as np

FULL = 1 << 20
PREFIX = 1 << 14
TAIL = 1 << 13
M64 = (1 << 64) - 1
SPECIALS = [0.0, -0.0, math.inf, -math.inf, math.nan, 1e-45, -1e-45, 1e-39, -1e-39, 1.17549435e-38,
            3.4028235e38, -3.4028235e38, 1.0, -1.0, 0.5, -0.5, 2.0, 88.72, 88.73, -87.3, -103.9, -104.1,
            89.1, 8.66, 1e-8, -1e-8, 16.6, -16.7, 1e38, 3.0]


def splitmix(seed, n):
    i = np.arange(1, n + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + i * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return z


def inputs(seed, lo, hi, n, dtype, specials=True, ints=False):
    """Uniform in [lo, hi) (computed in float64, rounded to dtype); 1 in 8 a random bit pattern of
    dtype; with ints, 1 in 4 a whole number in -4...4; SPECIALS first."""
    r = splitmix(seed, n)
    if dtype == np.float32:
        u = (r >> np.uint64(40)).astype(np.float64) * 2.0 ** -24
    else:
        u = (r >> np.uint64(11)).astype(np.float64) * 2.0 ** -53
    x = (lo + (hi - lo) * u).astype(dtype)
    if ints:
        whole = (r & np.uint64(3)) == 0
        x[whole] = ((r[whole] >> np.uint64(8)) % np.uint64(9)).astype(dtype) - 4
    bits = (r & np.uint64(7)) == 0
    if dtype == np.float32:
        x[bits] = (r[bits] >> np.uint64(32)).astype(np.uint32).view(np.float32)
    else:
        # the high bits of the next SplitMix word (a different stream position)
        x[bits] = (r[bits] * np.uint64(0x9E3779B97F4A7C15)).view(np.float64)
    if specials:
        x[:len(SPECIALS)] = np.array(SPECIALS, dtype=dtype)
    return x


def fnv(arr):
    """FNV-1a over the result words (32- or 64-bit), every NaN as the default quiet NaN."""
    a = np.ascontiguousarray(arr).copy()
    a[np.isnan(a)] = np.nan
    w = a.view(np.uint32 if a.dtype == np.float32 else np.uint64).astype(np.uint64).tolist()
    h = 0xcbf29ce484222325
    for v in w:
        h = ((h ^ v) * 0x100000001b3) & M64
    return h


def tail_run(f, xs):
    out, i, k, n = [], 0, 1, len(xs[0])
    while i < n:
        j = min(n, i + k)
        out.append(f(*[x[i:j].copy() for x in xs]))
        i, k = j, k % 40 + 1
    return np.concatenate(out)


def strided_run(f, xs):
    """Every third element of an array three times as long (the others are junk)."""
    bigs = []
    for x in xs:
        b = np.full(3 * len(x), 7.25, dtype=x.dtype)
        b[1::3] = x
        bigs.append(b[1::3])
    return f(*bigs)


def power_scalar(k):
    return lambda x: x ** x.dtype.type(k)


# (name, numpy function, [(lo, hi, ints)] per input)
UFUNCS = [
    ("exp", np.exp, [(-110, 110, False)]),
    ("log", np.log, [(0, 100, False)]),
    ("log2", np.log2, [(0, 100, False)]),
    ("log10", np.log10, [(0, 100, False)]),
    ("expm1", np.expm1, [(-20, 90, False)]),
    ("log1p", np.log1p, [(-1, 100, False)]),
    ("sin", np.sin, [(-10, 10, False)]),
    ("cos", np.cos, [(-10, 10, False)]),
    ("tan", np.tan, [(-10, 10, False)]),
    ("tanh", np.tanh, [(-10, 10, False)]),
    ("arcsin", np.arcsin, [(-1, 1, False)]),
    ("arccos", np.arccos, [(-1, 1, False)]),
    ("arctan", np.arctan, [(-10, 10, False)]),
    ("sinh", np.sinh, [(-90, 90, False)]),
    ("cosh", np.cosh, [(-90, 90, False)]),
    ("sqrt", np.sqrt, [(0, 100, False)]),
    ("power", np.power, [(0, 10, False), (-5, 5, True)]),
    ("power_3", power_scalar(3), [(-50, 50, False)]),
    ("power_1.5", power_scalar(1.5), [(0, 20, False)]),
    ("arctan2", np.arctan2, [(-10, 10, False), (-10, 10, False)]),
]


def main():
    dump = sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else None
    only = sys.argv[sys.argv.index("--only") + 1].split(",") if "--only" in sys.argv else None
    if dump:
        os.makedirs(dump, exist_ok=True)
    lines = []
    for k, (name, f, ranges) in enumerate(UFUNCS):
        for dt, tag in ((np.float32, "float32"), (np.float64, "float64")):
            if only and name not in only:
                continue
            seed = 5000 + 17 * k + (0 if dt == np.float32 else 7)
            xs = [inputs(seed + j, lo, hi, FULL, dt, specials=(j == 0), ints=ints) for j, (lo, hi, ints) in enumerate(ranges)]
            ts = [inputs(seed + 100 + j, lo, hi, TAIL, dt, specials=(j == 0), ints=ints) for j, (lo, hi, ints) in enumerate(ranges)]
            with np.errstate(all="ignore"):
                y = f(*xs)
                tail = tail_run(f, ts)
                strided = strided_run(f, ts)
            assert y.dtype == dt, (name, y.dtype)
            if dump:
                for j, x in enumerate(xs):
                    x.tofile(f"{dump}/{name}.{tag}.in{j}")
                y.tofile(f"{dump}/{name}.{tag}.out")
            ranges_s = ", ".join(f"({float(lo)!r}, {float(hi)!r}, {'true' if ints else 'false'})" for lo, hi, ints in ranges)
            lines.append(f'    NumpyParityTable(ufunc: "{name}", float64: {"true" if dt == np.float64 else "false"}, seed: {seed}, ranges: [{ranges_s}],\n'
                         f'                     prefixHash: 0x{fnv(y[:PREFIX]):016x}, fullHash: 0x{fnv(y):016x},\n'
                         f'                     tailHash: 0x{fnv(tail):016x}, stridedHash: 0x{fnv(strided):016x}),')
            print(name, tag, "done", file=sys.stderr)
    if only:
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ScriptTests", "NumpyUfuncParityTables.swift")
    with open(out, "w") as fh:
        fh.write(f"// Generated by Tests/Parity/make_numpy_ufunc_tables.py with numpy {np.__version__} "
                 f"({', '.join(k for k in ('X86_V4', 'AVX512_ICL', 'AVX512_SPR') if np._core._multiarray_umath.__cpu_features__.get(k))}). Do not edit.\n\n")
        fh.write(f"/// numpy's ufunc results as hashes: {FULL} inputs per table ({PREFIX} checked by default), "
                 f"{TAIL} more in small arrays and as much non-contiguous.\nlet numpyParityTables: [NumpyParityTable] = [\n")
        fh.write("\n".join(lines) + "\n]\n")
        specials = ", ".join(repr(float(v)) if math.isfinite(v) else ("Double.nan" if math.isnan(v) else ("Double.infinity" if v > 0 else "-Double.infinity")) for v in SPECIALS)
        fh.write(f"\nlet numpyParitySpecials: [Double] = [{specials}]\n")
        fh.write(f"let numpyParitySizes = (full: {FULL}, prefix: {PREFIX}, tail: {TAIL})\n")


main()
