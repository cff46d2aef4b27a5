import numpy as np
a = np.array([[1, 2], [3, 4]])
print(a.tolist())
print(np.array([1.5, 2.5]).tolist())
print(np.array([True, False]).tolist())
s = np.array(3.25)
print(s.item(), float(s), int(np.array(7)))
print(a[1, 1].item(), type(a[1, 1].item()))
print(np.float32(2.5).item())
