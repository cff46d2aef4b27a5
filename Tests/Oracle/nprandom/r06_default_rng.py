import numpy as np

for seed in [0, 1, 42, 12345, 2**64 + 5, [1, 2, 3]]:
    rng = np.random.default_rng(seed)
    print(rng.random())
    print(rng.random(3).tolist())
    print(rng.standard_normal(4).tolist())
    print(rng.normal(5, 2, size=(2, 2)).tolist())
    print(rng.uniform(-3, 3, 2).tolist(), rng.uniform())

rng = np.random.default_rng(7)
print(rng)
print(rng.standard_normal(), rng.normal(), rng.normal(1.0, 0.0))
print(rng.random((2, 2)).tolist())
print(rng.normal([0, 100], [1, 0.5]).tolist())
print(np.random.default_rng(rng) is rng)
