import numpy as np

np.random.seed(0)
X_train = np.random.randn(20, 3)
y_train = np.random.randint(0, 3, size=20)
X_test = np.random.randn(5, 3)
print(y_train)
print(X_test.round(2))

def compute_distances_two_loops(X, Xtr):
    num_test = X.shape[0]
    num_train = Xtr.shape[0]
    dists = np.zeros((num_test, num_train))
    for i in range(num_test):
        for j in range(num_train):
            dists[i, j] = np.sqrt(np.sum(np.square(X[i] - Xtr[j])))
    return dists

def compute_distances_one_loop(X, Xtr):
    dists = np.zeros((X.shape[0], Xtr.shape[0]))
    for i in range(X.shape[0]):
        dists[i, :] = np.sqrt(np.sum((Xtr - X[i, :]) ** 2, axis=1))
    return dists

def compute_distances_no_loops(X, Xtr):
    test_sq = np.sum(X ** 2, axis=1).reshape(-1, 1)
    train_sq = np.sum(Xtr ** 2, axis=1)
    cross = X.dot(Xtr.T)
    return np.sqrt(np.maximum(test_sq + train_sq - 2 * cross, 0))

d2 = compute_distances_two_loops(X_test, X_train)
d1 = compute_distances_one_loop(X_test, X_train)
d0 = compute_distances_no_loops(X_test, X_train)
print(d2.shape)
print(np.linalg.norm(d2 - d1, ord='fro') < 1e-10)
print(np.linalg.norm(d2 - d0, ord='fro') < 1e-10)
print(d2[0, :5])

def predict_labels(dists, k=1):
    num_test = dists.shape[0]
    y_pred = np.zeros(num_test)
    for i in range(num_test):
        closest_y = y_train[np.argsort(dists[i])[:k]]
        print(i, closest_y, np.bincount(closest_y))
        y_pred[i] = np.argmax(np.bincount(closest_y))
    return y_pred

for k in [1, 3, 5]:
    y_pred = predict_labels(d2, k=k)
    print("k =", k, y_pred)

y_test = np.array([0, 1, 2, 1, 0])
y_pred = predict_labels(d2, k=3)
num_correct = np.sum(y_pred == y_test)
accuracy = float(num_correct) / len(y_test)
print('Got %d / %d correct => accuracy: %f' % (num_correct, len(y_test), accuracy))

num_folds = 4
X_folds = np.array_split(X_train, num_folds)
y_folds = np.array_split(y_train, num_folds)
print([f.shape for f in X_folds])
k_to_accuracies = {}
for k in [1, 3, 5]:
    k_to_accuracies[k] = []
    for i in range(num_folds):
        Xtr = np.concatenate(X_folds[:i] + X_folds[i + 1:])
        ytr = np.concatenate(y_folds[:i] + y_folds[i + 1:])
        d = compute_distances_no_loops(X_folds[i], Xtr)
        idx = np.argsort(d, axis=1)[:, :k]
        pred = np.array([np.bincount(r, minlength=3).argmax() for r in ytr[idx]])
        k_to_accuracies[k].append(np.mean(pred == y_folds[i]))
for k in sorted(k_to_accuracies):
    for acc in k_to_accuracies[k]:
        print('k = %d, accuracy = %f' % (k, acc))
accuracies_mean = np.array([np.mean(v) for k, v in sorted(k_to_accuracies.items())])
print(accuracies_mean, np.argsort(-accuracies_mean))
print(np.unique(y_train, return_counts=True))
print(np.argsort(np.array([3, 1, 2, 1]), kind='stable'))
