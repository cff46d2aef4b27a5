# Headings of 2-d vectors with np.arctan2, float64 and float32, printed in full.
import numpy as np

v = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 2.0], [-1.5, 0.5], [-2.0, -2.0], [0.3, -4.0], [0.0, -1.0], [-3.0, 0.0]])
angles = np.arctan2(v[:, 1], v[:, 0])
print(angles.tolist())
print(np.degrees(angles).round(3).tolist())
print(np.arctan2(v[:, 1].astype(np.float32), v[:, 0].astype(np.float32)))
rng = np.random.default_rng(11)
p = rng.normal(size=(5, 2))
print(np.arctan2(p[:, 1], p[:, 0]).tolist())
print(repr(np.arctan2(np.float32(0.3), np.float32(-0.7))), np.arctan2(-0.0, -1.0), np.arctan2(0.0, 0.0))
