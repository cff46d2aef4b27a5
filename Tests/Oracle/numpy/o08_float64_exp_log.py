# Logistic regression by hand in float64: sigmoid, log loss and softmax print numpy's full digits.
import numpy as np

rng = np.random.default_rng(7)
X = rng.normal(size=(6, 3))
w = np.array([0.5, -1.25, 2.0])
z = X @ w
p = 1 / (1 + np.exp(-z))
print(p)
y = np.array([1, 0, 1, 1, 0, 0])
loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
print(loss)
print(repr(np.exp(1.0)), repr(np.log(10.0)), np.exp(np.float64(-0.5)))
logits = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]])
e = np.exp(logits - logits.max(axis=1, keepdims=True))
print(e / e.sum(axis=1, keepdims=True))
print(np.log(np.arange(1, 8)).tolist())
print(np.exp(np.linspace(-3, 3, 7)).tolist())
