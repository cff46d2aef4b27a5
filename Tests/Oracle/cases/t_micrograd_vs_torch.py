import torch
from dataclasses import dataclass, field
from collections import defaultdict
from typing import List

@dataclass
class Config:
    lr: float = 0.1
    steps: int = 5
    seed: int = 0

class Accumulator:
    def __init__(self, n):
        self.data = [0.0] * n
    def add(self, *args):
        self.data = [a + float(b) for a, b in zip(self.data, args)]
    def __getitem__(self, i):
        return self.data[i]

def batches(x, y, bs):
    for i in range(0, len(x), bs):
        yield x[i:i + bs], y[i:i + bs]

cfg = Config(steps=4)
torch.manual_seed(cfg.seed)
x = torch.linspace(-1, 1, 8).reshape(-1, 1)
y = 3 * x + 0.5
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
history = defaultdict(list)
for step in range(cfg.steps):
    metric = Accumulator(2)
    for xb, yb in batches(x, y, 4):
        loss = ((xb * w + b - yb) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= cfg.lr * w.grad
            b -= cfg.lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
        metric.add(loss.item() * len(xb), len(xb))
    history["loss"].append(round(metric[0] / metric[1], 4))
print(cfg)
print(dict(history))
print(w, b)
