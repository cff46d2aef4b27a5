import numpy as np

for seed in [0, 1, 42, 2023, 4294967295]:
    np.random.seed(seed)
    print(seed, np.random.rand())
    print(np.random.rand(4).tolist())
    print(np.random.random_sample((2, 3)).tolist())
    print(np.random.random(), np.random.random(size=2).tolist())

np.random.seed([1, 2, 3])
print(np.random.rand(3).tolist())
np.random.seed((7,))
print(np.random.rand(2).tolist())
