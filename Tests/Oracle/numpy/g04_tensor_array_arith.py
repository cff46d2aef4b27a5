import torch
import numpy as np
t = torch.tensor([1.0, 2.0])
a = np.array([3.0, 4.0])
print(t * a)
print(t + np.float64(1))
print(np.float32(2) * t)
print(t + np.array(2.0))
try:
    print(a * t)
except TypeError as e:
    print("TypeError:", e)
