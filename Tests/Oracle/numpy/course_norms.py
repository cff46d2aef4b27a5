import numpy as np

v = np.array([3.0, -4.0, 0.0, 1.0])
print(np.linalg.norm(v), np.linalg.norm(v, 2), np.linalg.norm(v, 1))
print(np.linalg.norm(v, np.inf), np.linalg.norm(v, -np.inf), np.linalg.norm(v, 0), np.linalg.norm(v, ord=3))
A = np.array([[1, -2, 3], [4, 5, -6]])
print(np.linalg.norm(A), np.linalg.norm(A, 'fro'), np.linalg.norm(A, ord=1), np.linalg.norm(A, ord=-1))
print(np.linalg.norm(A, np.inf), np.linalg.norm(A, -np.inf))
print(np.linalg.norm(A, axis=1), np.linalg.norm(A, axis=0), np.linalg.norm(A, ord=1, axis=1))
print(np.linalg.norm(A, axis=1, keepdims=True), np.linalg.norm(A, keepdims=True))
print(np.linalg.norm(A, ord=np.inf, axis=0), np.linalg.norm(A, ord=1, axis=(1, 0)), np.linalg.norm(A, axis=(0, 1), keepdims=True))
X = np.arange(24, dtype=float).reshape(2, 3, 4)
print(np.linalg.norm(X, axis=-1))
print(np.linalg.norm(X, axis=(1, 2)))
print(np.linalg.norm(X, ord=np.inf, axis=(2, 1)))
w = np.array([0.5, -0.25])
print(np.linalg.norm(w) ** 2, 0.5 * np.linalg.norm(w, 2) ** 2)
for bad in [("fro", None, v), ("x", None, A), (3, None, A)]:
    try:
        np.linalg.norm(bad[2], bad[0], axis=bad[1])
    except ValueError as e:
        print("ValueError:", e)
try:
    np.linalg.norm(A, axis=(1, 1))
except ValueError as e:
    print("ValueError:", e)
try:
    np.linalg.norm(X, axis=(0, 1, 2))
except ValueError as e:
    print("ValueError:", e)
for bad in [None, [1], {}]:
    try:
        int(bad)
    except TypeError as e:
        print("TypeError:", e)
print(int(" 42 "), int(3.9), int(-2.5), int(True), int("-7"))
