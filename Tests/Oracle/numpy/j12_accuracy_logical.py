import numpy as np
preds = np.array([0, 2, 1, 1, 0, 2])
labels = np.array([0, 1, 1, 1, 0, 2])
print((preds == labels).mean(), (preds == labels).sum(), repr((preds == labels).mean()))
onehot = np.eye(3)[labels]
print(onehot)
scores = np.array([0.2, 0.9, 0.4, 0.7])
print(np.logical_and(scores > 0.3, scores < 0.8), np.logical_not(scores > 0.5))
print(np.logical_or(scores < 0.3, scores > 0.8), np.logical_xor(scores > 0.3, scores > 0.5))
print(np.allclose(scores, scores + 1e-10), repr(np.allclose(scores, scores * 2)))
X = np.hstack([np.ones((4, 1)), scores.reshape(-1, 1)])
print(X)
