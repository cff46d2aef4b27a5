# Issue 20's big-tensor target: time per element of an elementwise chain ((x * 1.5 + 0.5).relu())
# from 10^4 to 10^7 elements, the same number of elements (3·10^7) at every size. Prints the size
# and nanoseconds per element; bench/run sets PyTorch to 2 threads.
import time
import torch

torch.manual_seed(0)
TOTAL = 30_000_000
for size in [10_000, 100_000, 1_000_000, 10_000_000]:
    x = torch.randn(size)
    reps = TOTAL // size
    start = time.perf_counter()
    for _ in range(reps):
        y = (x * 1.5 + 0.5).relu()
    elapsed = time.perf_counter() - start
    print(size, elapsed / (reps * size) * 1e9, y.sum().item())
