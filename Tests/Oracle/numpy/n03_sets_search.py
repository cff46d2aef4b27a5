# Sets, membership and searching: unique, setdiff1d, intersect1d, union1d, isin, searchsorted,
# unravel_index, interp, polyval.
import numpy as np

labels = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])
print(np.unique(labels), np.setdiff1d(np.arange(10), labels), np.intersect1d(labels, [5, 6, 7]))
print(np.union1d([1, 4], np.array([2, 4, 8])), np.union1d([0.5], [1]))
print(np.isin(labels, [1, 5]), labels[np.isin(labels, [3, 9], invert=True)])
print(np.isin(np.arange(6).reshape(2, 3), [0, 4]))
edges = np.array([0.0, 0.25, 0.5, 0.75, 1.0])
x = np.array([0.1, 0.5, 0.99, 1.0, -0.2])
print(np.searchsorted(edges, x), np.searchsorted(edges, x, side='right'), np.searchsorted(edges, 0.3))
print(edges.searchsorted([0.25, 0.8]))
cdf = np.cumsum([0.1, 0.2, 0.3, 0.4])
print(np.searchsorted(cdf, [0.05, 0.35, 0.99]))
scores = np.array([[0.1, 0.9, 0.3], [0.7, 0.2, 0.8]])
i = np.argmax(scores)
print(i, np.unravel_index(i, scores.shape), np.unravel_index([1, 5], (2, 3)))
r, c = np.unravel_index(np.argmin(scores), scores.shape)
print(r, c, scores[r, c])
xp = [1, 2, 3]
fp = [3, 2, 0]
print(np.interp(2.5, xp, fp), np.interp([0, 1, 1.5, 2.72, 3.14], xp, fp))
print(np.interp(np.linspace(0, 4, 5), xp, fp, left=-1, right=99))
lr = np.interp(np.arange(6), [0, 2, 5], [0.0, 1e-3, 1e-5])
print(lr)
print(np.polyval([3, 0, 1], 5), np.polyval([1, -2, 1], np.array([0, 1, 2, 3])), np.polyval([0.5, 1.5], np.linspace(0, 1, 3)))
