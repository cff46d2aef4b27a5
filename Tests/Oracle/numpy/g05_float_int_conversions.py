import numpy as np
import torch
a = np.array(2.5)
print(float(a), int(np.array(3)))
print(float(np.float32(1.5)), int(np.int64(4)))
x = torch.tensor(3.0)
print(float(x.numpy()))
s = np.float64(2.0)
print(s * 3, repr(s * 3), repr(3 + s), repr(s + 1.5))
print(repr(np.float32(2) * 3), repr(np.int64(2) * 3), repr(np.int64(7) // 2))
print(s > 1, repr(s > 1))
