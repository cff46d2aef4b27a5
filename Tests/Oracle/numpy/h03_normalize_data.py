import numpy as np
data = np.array([[1.0, 200.0], [2.0, 180.0], [3.0, 220.0], [4.0, 210.0]])
mean = data.mean(axis=0)
std = data.std(axis=0)
print(mean, std)
norm = (data - mean) / std
print(norm)
print(norm.mean(axis=0), norm.std(axis=0))
