import numpy as np

points = np.array([[1.0, 1.0], [1.5, 2.0], [3.0, 4.0], [5.0, 7.0], [3.5, 5.0], [4.5, 5.0], [3.5, 4.5]])
centroids = points[[0, 3]].copy()
for it in range(5):
    d = ((points[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    assign = d.argmin(axis=1)
    for k in range(2):
        centroids[k] = points[assign == k].mean(axis=0)
    print(it, assign, centroids.round(3).tolist())
print(np.sqrt(d.min(axis=1)))
