import numpy as np
import torch

# A training-style loop drawing numpy noise each step: every iteration must draw afresh.
np.random.seed(0)
w = torch.zeros(3)
for i in range(200):
    noise = torch.tensor(np.random.randn(3), dtype=torch.float32)
    w = w * 0.9 + noise * 0.1
print(w)
rng = np.random.default_rng(1)
total = torch.zeros(1)
for step in range(100):
    total = total + rng.random()
print(total)
