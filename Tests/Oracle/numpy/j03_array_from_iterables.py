import numpy as np
import torch
print(np.array(range(5)))
print(np.array([np.float32(1), np.float32(2)]).dtype)
print(np.array([[1, 2], [3, 4]], dtype=float))
print(np.array([torch.tensor(1.5), torch.tensor(2.5)]))
print(np.array(torch.arange(4)))
print(np.array([1, 2.5, True]))
print(np.array([]).shape, np.array([[], []]).shape)
print(np.asarray([1, 2]) is not None)
a = np.arange(3.0)
print(np.asarray(a) is a, np.array(a) is a)
