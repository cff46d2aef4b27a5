import torch
import numpy as np
a = np.array([1.5, 2.5])
t = torch.tensor(a)
print(t)
a[0] = 0
print(t)
print(torch.tensor(np.arange(3)))
print(torch.tensor(np.array([1, 2], dtype=np.float32)))
print(torch.from_numpy(np.zeros(2, dtype=np.float32)))
print(torch.as_tensor(np.array([3.0])))
print(np.asarray(torch.tensor([1.0, 2.0])))
