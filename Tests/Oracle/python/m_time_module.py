import time
t0 = time.time()
p0 = time.perf_counter()
s = sum(range(1000))
elapsed = time.perf_counter() - p0
print(s, elapsed >= 0, time.time() >= t0, type(elapsed).__name__)
time.sleep(0.01)
print("slept")
