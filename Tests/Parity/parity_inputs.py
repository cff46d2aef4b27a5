"""The inputs and the hash every parity-table generator shares (the Swift tests rebuild the same
inputs from the same SplitMix64 stream and hash their results the same way)."""
import math
import numpy as np

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


def inputs(seed, lo, hi, n, dtype=np.float32, specials=True, ints=False):
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

