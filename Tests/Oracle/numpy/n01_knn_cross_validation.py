# CS231n-style k-nearest neighbours with cross-validation folds: array_split, flatnonzero, take,
# comparison ufuncs, bincount votes.
import numpy as np

np.random.seed(0)
X_train = np.random.randn(30, 4)
y_train = np.random.randint(0, 3, size=30)
X_test = np.random.randn(5, 4)

dists = np.sqrt(np.sum(X_test ** 2, axis=1, keepdims=True) + np.sum(X_train ** 2, axis=1) - 2 * X_test.dot(X_train.T))
print(dists.shape, np.round(dists[0, :5], 4))

def predict(dists, k):
    y_pred = np.zeros(dists.shape[0], dtype=int)
    for i in range(dists.shape[0]):
        closest_y = np.take(y_train, np.argsort(dists[i])[:k])
        y_pred[i] = np.argmax(np.bincount(closest_y))
    return y_pred

print(predict(dists, 1), predict(dists, 5))

num_folds = 3
X_folds = np.array_split(X_train, num_folds)
y_folds = np.array_split(y_train, num_folds)
print(len(X_folds), [f.shape for f in X_folds], y_folds[0])
for k in [1, 3]:
    accs = []
    for i in range(num_folds):
        Xtr = np.concatenate(X_folds[:i] + X_folds[i + 1:])
        ytr = np.concatenate(y_folds[:i] + y_folds[i + 1:])
        d = np.sqrt(((X_folds[i][:, None, :] - Xtr[None, :, :]) ** 2).sum(axis=2))
        pred = np.array([np.argmax(np.bincount(ytr[np.argsort(row)[:k]], minlength=3)) for row in d])
        accs.append(np.mean(np.equal(pred, y_folds[i])))
    print(k, accs, np.mean(accs))

classes = ['plane', 'car', 'bird']
for y, cls in enumerate(classes):
    idxs = np.flatnonzero(y_train == y)
    print(cls, idxs[:4], len(idxs))
print(np.split(np.arange(12), 4))
print(np.split(np.arange(10).reshape(2, 5), [1, 3], axis=1))
print(np.greater(dists, 3).sum(axis=1), np.less_equal(y_train, 1).mean())
print(np.not_equal(predict(dists, 1), predict(dists, 5)))
