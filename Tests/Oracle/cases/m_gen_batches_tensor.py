import torch
import random
from itertools import islice

random.seed(0)
torch.manual_seed(0)
xs = torch.arange(10.)
ys = 2 * xs + 1

def batches(x, y, size):
    idx = list(range(len(x)))
    random.shuffle(idx)
    for i in range(0, len(idx), size):
        b = torch.tensor(idx[i:i + size])
        yield x[b], y[b]

w = torch.tensor(0.5, requires_grad=True)
for epoch in range(2):
    total = 0.0
    for xb, yb in batches(xs, ys, 4):
        loss = ((w * xb - yb) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= 0.01 * w.grad
        w.grad.zero_()
        total += loss.item()
    print(f"epoch {epoch}: total {total:.4f} w={w.item():.4f}")
print(list(islice((t.item() for t in xs), 3)))
