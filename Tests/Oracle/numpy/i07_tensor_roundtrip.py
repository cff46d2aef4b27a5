import torch
import numpy as np
x = torch.linspace(-1, 1, 5)
y = x.numpy() ** 2
print(y, repr(y))
t = torch.from_numpy(y)
print(t, t.dtype)
z = torch.tensor(np.linspace(0, 1, 3))
print(z, z.dtype)
print(z.float())
w = torch.randn(3)
print(type(w.numpy()), w.numpy().dtype, w.numpy().shape)
