import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

X = np.array([[0.5, 1.0], [1.5, -0.5], [-1.0, 2.0], [2.0, 2.0]])
y = np.array([0, 1, 0, 1])
w = np.zeros(2)
b = 0.0
for it in range(100):
    p = sigmoid(X @ w + b)
    grad_w = X.T @ (p - y) / len(y)
    grad_b = (p - y).mean()
    w = w - 0.5 * grad_w
    b = b - 0.5 * grad_b
print(w, b)
print(sigmoid(X @ w + b).round(3))
print((sigmoid(X @ w + b) > 0.5).astype(int))
