import numpy as np

np.random.seed(42)
X = 2 * np.random.rand(100, 1)
y = 4 + 3 * X + np.random.randn(100, 1)
print(X[:3])
print(y[:3].ravel())

X_b = np.c_[np.ones((100, 1)), X]
print(X_b.shape)
print(X_b[:2])
theta_best = np.linalg.inv(X_b.T.dot(X_b)).dot(X_b.T).dot(y)
print("normal equation:", theta_best.ravel())

X_new = np.array([[0], [2]])
X_new_b = np.c_[np.ones((2, 1)), X_new]
y_predict = X_new_b.dot(theta_best)
print(y_predict)

eta = 0.1
n_iterations = 1000
m = 100
theta = np.random.randn(2, 1)
print("init theta", theta.ravel())
for iteration in range(n_iterations):
    gradients = 2 / m * X_b.T.dot(X_b.dot(theta) - y)
    theta = theta - eta * gradients
    if iteration % 200 == 0:
        mse = np.mean((X_b.dot(theta) - y) ** 2)
        print(f"iter {iteration:4d}  mse={mse:.6f}  theta={theta.ravel()}")
print("batch GD:", theta)

def compute_cost(X, y, w, b):
    m = X.shape[0]
    f_wb = X @ w + b
    return np.sum((f_wb - y) ** 2) / (2 * m)

def compute_gradient(X, y, w, b):
    m = X.shape[0]
    err = X @ w + b - y
    dj_dw = X.T @ err / m
    dj_db = np.sum(err) / m
    return dj_dw, dj_db

Xs = np.array([[2104, 5, 1, 45], [1416, 3, 2, 40], [852, 2, 1, 35]], dtype=float)
ys = np.array([460, 232, 178], dtype=float)
mu = np.mean(Xs, axis=0)
sigma = np.std(Xs, axis=0)
Xn = (Xs - mu) / sigma
print("mu", mu)
print("sigma", sigma)
print(Xn)
w = np.zeros(Xs.shape[1])
b = 0.0
J_history = []
for i in range(500):
    dj_dw, dj_db = compute_gradient(Xn, ys, w, b)
    w = w - 0.05 * dj_dw
    b = b - 0.05 * dj_db
    J_history.append(compute_cost(Xn, ys, w, b))
    if i % 100 == 0:
        print(f"Iteration {i:4}: Cost {J_history[-1]:8.2f}")
print(f"b,w found by gradient descent: {b:0.2f},{w} ")
print(np.round(w, 3), round(b, 4))
print(len(J_history), min(J_history) < J_history[0])
pred = Xn @ w + b
for i in range(Xs.shape[0]):
    print(f"prediction: {pred[i]:0.2f}, target value: {ys[i]}")
print(np.linalg.norm(pred - ys) < 1e-6)
print(np.allclose(pred, ys, atol=50))
