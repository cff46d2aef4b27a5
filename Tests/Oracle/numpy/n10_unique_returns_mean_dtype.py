# Label encoding with np.unique's index/inverse/counts, and means in a chosen dtype.
import numpy as np

labels = np.array([3, 1, 2, 3, 3, 1])
classes, first, encoded, counts = np.unique(labels, return_index=True, return_inverse=True, return_counts=True)
print(classes, first, encoded, counts)
print(classes[encoded], np.all(classes[encoded] == labels))
vals, inv = np.unique(np.array([[2.5, 1.0], [2.5, 0.5]]), return_inverse=True)
print(vals, inv)
print(np.unique([5, 3, 5, 1], return_index=True), np.unique(7, return_inverse=True))
onehot = np.eye(len(classes))[encoded]
print(onehot)
x = np.arange(10).reshape(2, 5)
print(np.mean(x, axis=0, dtype=np.float32), x.mean(dtype=np.float64), np.mean(np.arange(5), dtype=np.float32))
