import time
from collections import Counter, defaultdict

class Accumulator:
    """For accumulating sums over `n` variables."""
    def __init__(self, n):
        self.data = [0.0] * n

    def add(self, *args):
        self.data = [a + float(b) for a, b in zip(self.data, args)]

    def reset(self):
        self.data = [0.0] * len(self.data)

    def __getitem__(self, idx):
        return self.data[idx]

class Timer:
    """Record multiple running times."""
    def __init__(self):
        self.times = []
        self.start()

    def start(self):
        self.tik = time.time()

    def stop(self):
        self.times.append(time.time() - self.tik)
        return self.times[-1]

    def avg(self):
        return sum(self.times) / len(self.times)

    def sum(self):
        return sum(self.times)

class catchtime:
    def __enter__(self):
        self.start = time.perf_counter()
        return self
    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        print("exiting with", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

metric = Accumulator(3)
for epoch in range(3):
    for batch in range(4):
        metric.add(0.5 * batch, batch % 2, 1)
    print(f"epoch {epoch}: loss {metric[0] / metric[2]:.3f}, acc {metric[1] / metric[2]:.3f}")
    metric.reset()
t = Timer()
x = sum(range(1000))
dt = t.stop()
print(dt >= 0, len(t.times), t.avg() == t.sum())
with catchtime() as ct:
    y = [i * i for i in range(100)]
print(ct.elapsed >= 0)
with catchtime():
    {}["missing"]
print("KeyError suppressed")
history = defaultdict(list)
labels = Counter()
for step, (loss, lab) in enumerate([(0.9, "cat"), (0.6, "dog"), (0.4, "cat")]):
    history["loss"].append(loss)
    history["step"].append(step)
    labels[lab] += 1
print(dict(history), labels.most_common(1))
with catchtime():
    raise ValueError("not suppressed")
