import numpy as np
f32 = np.float32(1.25)
print(repr(f32 + 1.0), repr(f32 + np.float64(1)), repr(np.int64(3) + 0.5))
print(repr(np.int64(3) * np.int32(2)), repr(np.int32(3) + 1))
print(repr(np.float64(1) / 0), repr(-np.float64(2)), repr(abs(np.float32(-3))))
print(repr(np.float64(7) // 2), repr(np.float64(7) % 2), repr(np.int64(2) ** 10))
print(np.float64(0.1) + np.float64(0.2), repr(np.float32(0.1) + np.float32(0.2)))
print(repr(np.arange(3)[0] == 0), np.float64(2.0) == 2, hash(np.float64(2.0)) == hash(2.0))
