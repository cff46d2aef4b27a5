# The machine's own floor for bench/elementwise.py's target (bench/run runs it with numpy): time per
# element of one pass over warm memory, `np.multiply(x, 1.5, out=y)` into an array written before,
# the same sizes and the same 3·10^7 elements per size. A pass over 10^7 float32 elements streams
# 80 MB through DRAM where 10^4 stay in L1, so no program is flat in absolute terms on this machine
# (in C, a fused warm pass took 0.08 ns per element at 10^4 and 2.4 ns at 10^7); bench/run holds
# gradstep's time per element to a small multiple of this floor at every size.
import time
import numpy as np

TOTAL = 30_000_000
for size in [10_000, 100_000, 1_000_000, 10_000_000]:
    x = np.random.default_rng(0).standard_normal(size, dtype=np.float32)
    y = np.empty_like(x)
    y.fill(0)
    reps = TOTAL // size
    start = time.perf_counter()
    for _ in range(reps):
        np.multiply(x, 1.5, out=y)
    elapsed = time.perf_counter() - start
    print(size, elapsed / (reps * size) * 1e9, float(y[0]))
