import torch
import numpy as np
t = torch.ones(3)
a = t.numpy()
print(a, repr(a))
t.add_(1)
print(a)
a[0] = 10
print(t)
b = np.arange(4.0)
u = torch.from_numpy(b)
print(u)
b += 1
print(u)
u.mul_(2)
print(b)
