import numpy as np

x = np.linspace(-1, 1, 20)
y = 2 * x + 0.5
w, b = 0.0, 0.0
lr = 0.1
for step in range(50):
    y_hat = w * x + b
    err = y_hat - y
    loss = (err ** 2).mean()
    dw = 2 * (err * x).mean()
    db = 2 * err.mean()
    w -= lr * dw
    b -= lr * db
    if step % 10 == 0:
        print(step, loss)
print(w, b)
print(type(w).__name__)
