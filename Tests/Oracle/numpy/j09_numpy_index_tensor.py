import torch
import numpy as np
t = torch.arange(10.0)
idx = np.array([0, 3, 5])
print(t[idx])
print(t[np.int64(2)])
mask = np.array([True, False] * 5)
print(t[torch.from_numpy(mask)])
t[idx] = torch.tensor([-1.0, -2.0, -3.0])
print(t)
t[np.array([1, 2])] = 7.0
print(t)
t[0] = np.float64(0.5)
t[1:3] = np.array([8.0, 9.0])
print(t)
