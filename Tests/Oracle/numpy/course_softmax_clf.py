import numpy as np

np.random.seed(1)
N, D, K = 30, 2, 3
X = np.zeros((N * K, D))
y = np.zeros(N * K, dtype='uint8')
for j in range(K):
    ix = range(N * j, N * (j + 1))
    r = np.linspace(0.0, 1, N)
    t = np.linspace(j * 4, (j + 1) * 4, N) + np.random.randn(N) * 0.2
    X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
    y[ix] = j
print(X[:3], y[::15], y.dtype)
W = 0.01 * np.random.randn(D, K)
b = np.zeros((1, K))
step_size = 1e-0
reg = 1e-3
num_examples = X.shape[0]
for i in range(200):
    scores = np.dot(X, W) + b
    exp_scores = np.exp(scores)
    probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)
    correct_logprobs = -np.log(probs[range(num_examples), y])
    data_loss = np.sum(correct_logprobs) / num_examples
    reg_loss = 0.5 * reg * np.sum(W * W)
    loss = data_loss + reg_loss
    if i % 50 == 0:
        print("iteration %d: loss %f" % (i, loss))
    dscores = probs
    dscores[range(num_examples), y] -= 1
    dscores /= num_examples
    dW = np.dot(X.T, dscores)
    db = np.sum(dscores, axis=0, keepdims=True)
    dW += reg * W
    W += -step_size * dW
    b += -step_size * db
scores = np.dot(X, W) + b
predicted_class = np.argmax(scores, axis=1)
print('training accuracy: %.2f' % (np.mean(predicted_class == y)))
print(np.round(W, 4), np.round(b, 4))
one_hot = np.eye(K)[y[:5]]
print(one_hot)
print(np.bincount(predicted_class, minlength=K))
conf = np.zeros((K, K), dtype=int)
for t_, p_ in zip(y, predicted_class):
    conf[t_, p_] += 1
print(conf)
print(conf.diagonal() / conf.sum(axis=1))
idx = np.random.permutation(num_examples)[:8]
print(idx, X[idx].shape)
batches = [idx[i:i + 3] for i in range(0, len(idx), 3)]
print(batches)
print(np.unique(y), np.max(probs, axis=1)[:4])
h = np.maximum(0, X @ np.ones((2, 4)) - 0.5)
print(h[:2], (h > 0).mean())
