import numpy as np

# How course notebooks make toy data: a noisy line and a shuffled train/valid split.
np.random.seed(42)
n = 8
x = np.random.rand(n) * 10
noise = np.random.randn(n) * 0.5
y = 2 * x + 1 + noise
print([round(v, 4) for v in x.tolist()])
print([round(v, 4) for v in y.tolist()])
idx = np.random.permutation(n)
train, valid = idx[:6], idx[6:]
print(train.tolist(), valid.tolist())
batch = np.random.choice(n, size=3, replace=False)
print(batch.tolist())

rng = np.random.default_rng(seed=0)
w = rng.normal(0, 0.1, size=(2, 3))
print(w.tolist())
print(rng.integers(0, n, size=4).tolist())
