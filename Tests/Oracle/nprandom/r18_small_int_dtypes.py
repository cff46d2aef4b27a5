import numpy as np
# Random uint8 "images" and int8 noise: numpy draws 8- and 16-bit integers four or two to a 32-bit word.
np.random.seed(0)
img = np.random.randint(0, 256, size=(4, 5), dtype=np.uint8)
print(img)
print(img.dtype, img.mean(), img.max())
noise = np.random.randint(-5, 6, size=8, dtype=np.int8)
print(noise, repr(noise.sum()))
print(repr(np.random.randint(10, dtype='uint8')), np.random.randint(0, 1000, size=4, dtype=np.int16))
print(np.random.randint(0, 2**32, size=3, dtype=np.uint32), np.random.randint(0, 100, size=3, dtype=np.uint64))
rng = np.random.default_rng(42)
print(rng.integers(0, 256, size=(2, 6), dtype=np.uint8))
print(rng.integers(-100, 100, size=9, dtype=np.int8), rng.integers(0, 7, size=4, dtype=np.uint16))
print(repr(rng.integers(5, dtype=np.int16)), rng.integers(0, 10, size=3))
try:
    np.random.randint(0, 300, dtype=np.uint8)
except ValueError as e:
    print("ValueError:", e)
