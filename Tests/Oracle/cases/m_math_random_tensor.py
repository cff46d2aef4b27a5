import math
import random
import torch
from collections import defaultdict
from functools import reduce
random.seed(42)
data = [random.gauss(0, 1) for _ in range(5)]
t = torch.tensor(data)
print([round(x, 4) for x in data])
print(t.mean().item() - sum(data) / len(data) < 1e-6)
print(math.sqrt(t.var().item()) > 0, round(math.exp(t.sum().item()), 3))
hist = defaultdict(int)
for v in t.tolist():
    hist[math.floor(v)] += 1
print(sorted(hist.items()))
print(reduce(lambda a, b: a * b, [torch.tensor(2.), torch.tensor(3.)]))
print(sum(torch.tensor([1., 2.]) * k for k in range(3)))
